package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.HostRef;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A council or fire and rescue authority as a booking or challenge names it. */
@Schema(description = "A council or fire and rescue authority named by a booking or challenge.")
public record HostView(
        @Schema(required = true, description = "GSS code of a council, ONS code (E31...) of a fire and rescue authority",
                pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035")
        String code,
        @Schema(required = true, maxLength = NAME, pattern = NOT_BLANK, examples = "Leeds") String name,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true, description = "The lead host, by which the challenge's events are keyed") boolean lead) {

    static HostView of(HostRef h) {
        return new HostView(h.code(), h.name(), h.kind(), h.lead());
    }

    static List<HostView> of(List<HostRef> hosts) {
        return hosts.stream().map(HostView::of).toList();
    }
}
