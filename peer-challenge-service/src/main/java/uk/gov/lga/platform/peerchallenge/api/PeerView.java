package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.ExpertSector;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerDetails;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.support.ids.MetricId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "A peer of the bank, with the days they have given and their feedback.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "17") long id,
        @Schema(description = "The Keycloak user name linked to the peer.", maxLength = 100, pattern = USER_NAME,
                examples = "peer.one") String userName,
        @Schema(required = true, maxLength = NAME, pattern = NOT_BLANK, examples = "Cllr Jo Bloggs") String name,
        PeerKind kind,
        ExpertSector expertSector,
        @Schema(maxLength = 60, pattern = NOT_BLANK, examples = "Labour") String politicalGroup,
        Organisation homeOrganisation,
        Expertise expertise,
        Accreditation accreditation,
        @Schema(description = "Ranges of days they cannot be on site.", maxItems = 200) List<AvailabilityView.Range> unavailable,
        @Schema(description = "Visit days, up to today, of the challenges whose team they accepted a seat on.", minimum = "0",
                maximum = COUNT_MAX, examples = "12")
        int daysGiven,
        Feedback feedback) {

    @Schema(name = "PeerOrganisation", description = "A council or fire and rescue authority.")
    public record Organisation(@Schema(required = true, pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035") String code,
                               @Schema(maxLength = NAME, pattern = NOT_BLANK, examples = "Leeds") String name) {
    }

    @Schema(description = "Expertise tags matched against a challenge's elements, focus areas and topic.")
    public record Expertise(
            @Schema(maxItems = 20, examples = "[\"GOVERNANCE_AND_CULTURE\"]")
            List<@Size(max = CONSTANT_LENGTH) @Pattern(regexp = CONSTANT) String> elements,
            @Schema(maxItems = 30, examples = "[\"Housing\"]")
            List<@Size(max = 100) @Pattern(regexp = NOT_BLANK) String> serviceAreas,
            @Schema(maxItems = 50, examples = "[\"rough-sleeping-rate\"]")
            List<@Size(max = 80) @Pattern(regexp = MetricId.PATTERN) String> metricIds) {
    }

    @Schema(description = "Peer induction and how long the accreditation holds.")
    public record Accreditation(@Schema(examples = "2024-01-15") LocalDate inductedOn,
                                @Schema(examples = "2027-01-14") LocalDate expiresOn) {
    }

    @Schema(description = "Feedback after challenges, from hosts and managers.")
    public record Feedback(@Schema(description = "Average rating to one decimal; absent without feedback.", examples = "4.5")
                           BigDecimal average,
                           @Schema(minimum = "0", maximum = COUNT_MAX, examples = "2") int count) {
    }

    static PeerView of(PeerDetails details) {
        Peer p = details.peer();
        return new PeerView(p.id, p.userName, p.name, p.kind, p.expertSector, p.politicalGroup,
                p.homeOrganisation == null ? null : new Organisation(p.homeOrganisation, details.homeOrganisationName()),
                new Expertise(List.copyOf(p.elements), List.copyOf(p.serviceAreas), List.copyOf(p.metricIds)),
                new Accreditation(p.inductedOn, p.accreditationExpiresOn),
                AvailabilityView.ranges(p), details.stats().daysGiven(),
                new Feedback(details.stats().feedbackAverage(), details.stats().feedbackCount()));
    }
}
