package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.HostRef;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.util.List;

/** A council or fire and rescue authority as a booking or challenge names it. */
@Schema(description = "A council or fire and rescue authority named by a booking or challenge.")
public record HostView(
        @Schema(description = "GSS code of a council, ONS code (E31...) of a fire and rescue authority", examples = "E08000035")
        String code,
        @Schema(examples = "Leeds") String name,
        OrganisationKind kind,
        @Schema(description = "The lead host, by which the challenge's events are keyed") boolean lead) {

    static HostView of(HostRef h) {
        return new HostView(h.code(), h.name(), h.kind(), h.lead());
    }

    static List<HostView> of(List<HostRef> hosts) {
        return hosts.stream().map(HostView::of).toList();
    }
}
