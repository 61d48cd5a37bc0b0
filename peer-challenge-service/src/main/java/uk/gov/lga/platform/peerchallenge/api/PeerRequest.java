package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.peers.ExpertSector;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerProfile;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.ids.ValidMetricId;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "A peer of the bank as a challenge manager records them (all but their unavailable dates).")
public record PeerRequest(
        @Schema(description = "The Keycloak user name that links the peer to their account; absent until they have one.",
                examples = "peer.one")
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*", message = "must be a user name") String userName,
        @Schema(description = "Full name.", pattern = NOT_BLANK, examples = "Cllr Jo Bloggs")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Who the peer is; decides the seats they can take.", examples = "MEMBER")
        @NotNull PeerKind kind,
        @Schema(description = "For an expert only, and required then.", examples = "VOLUNTARY_SECTOR")
        ExpertSector expertSector,
        @Schema(description = "For a member peer only, and required then: the group whose office put them forward.",
                pattern = NOT_BLANK, examples = "Labour")
        @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String politicalGroup,
        @Schema(description = "GSS code of the council or fire and rescue authority they work for; required but for experts.",
                maxLength = GSS_LENGTH, examples = "E08000035")
        @ValidGssCode String homeOrganisation,
        @Schema(description = "The elements they are experienced in.", examples = "[\"GOVERNANCE_AND_CULTURE\"]")
        @Size(max = 20) List<@NotNull Element> elements,
        @Schema(description = "Service areas they know well; matched against a challenge's focus areas and topic.",
                examples = "[\"Housing\", \"Adult social care\"]")
        @Size(max = 30) List<@NotNull(message = BLANK) @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 100) String> serviceAreas,
        @Schema(description = "LG Inform metric ids they know well.", examples = "[\"rough-sleeping-rate\"]")
        @Size(max = 50) List<@NotNull @ValidMetricId @Size(max = 80) String> metricIds,
        @Schema(description = "The day of their peer induction.", examples = "2024-01-15")
        LocalDate inductedOn,
        @Schema(description = "The last day their accreditation holds; needs inductedOn, not before it.", examples = "2027-01-14")
        LocalDate accreditationExpiresOn) {

    static final String EXAMPLE = """
            {"userName": "peer.one", "name": "Cllr Jo Bloggs", "kind": "MEMBER", "politicalGroup": "Labour",
             "homeOrganisation": "E08000035", "elements": ["GOVERNANCE_AND_CULTURE"], "serviceAreas": ["Housing"],
             "metricIds": [], "inductedOn": "2024-01-15", "accreditationExpiresOn": "2027-01-14"}""";

    PeerProfile toProfile() {
        return new PeerProfile(userName, name, kind, expertSector, politicalGroup,
                homeOrganisation == null ? null : GssCode.of(homeOrganisation), elements, serviceAreas,
                metricIds == null ? null : metricIds.stream().map(MetricId::of).toList(), inductedOn, accreditationExpiresOn);
    }
}
