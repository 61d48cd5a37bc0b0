package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.ExpertSector;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerDetails;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A peer of the bank, with the days they have given and their feedback.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerView(
        @Schema(examples = "17") long id,
        @Schema(description = "The Keycloak user name linked to the peer.", examples = "peer.one") String userName,
        @Schema(examples = "Cllr Jo Bloggs") String name,
        PeerKind kind,
        ExpertSector expertSector,
        @Schema(examples = "Labour") String politicalGroup,
        Organisation homeOrganisation,
        Expertise expertise,
        Accreditation accreditation,
        @Schema(description = "Ranges of days they cannot be on site.") List<AvailabilityView.Range> unavailable,
        @Schema(description = "Visit days, up to today, of the challenges whose team they accepted a seat on.", examples = "12")
        int daysGiven,
        Feedback feedback) {

    @Schema(description = "A council or fire and rescue authority.")
    public record Organisation(@Schema(examples = "E08000035") String code, @Schema(examples = "Leeds") String name) {
    }

    @Schema(description = "Expertise tags matched against a challenge's elements, focus areas and topic.")
    public record Expertise(List<String> elements, List<String> serviceAreas, List<String> metricIds) {
    }

    @Schema(description = "Peer induction and how long the accreditation holds.")
    public record Accreditation(@Schema(examples = "2024-01-15") LocalDate inductedOn,
                                @Schema(examples = "2027-01-14") LocalDate expiresOn) {
    }

    @Schema(description = "Feedback after challenges, from hosts and managers.")
    public record Feedback(@Schema(description = "Average rating to one decimal; absent without feedback.", examples = "4.5")
                           BigDecimal average,
                           @Schema(examples = "2") int count) {
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
