package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "The days a peer cannot be on site.")
public record AvailabilityView(@Schema(examples = "17") long peerId,
                               @Schema(description = "In date order.") List<Range> unavailable) {

    @Schema(description = "Days from from to to, both included.")
    public record Range(@Schema(examples = "2026-08-03") LocalDate from, @Schema(examples = "2026-08-14") LocalDate to) {
    }

    static AvailabilityView of(Peer peer) {
        return new AvailabilityView(peer.id, ranges(peer));
    }

    static List<Range> ranges(Peer peer) {
        return peer.unavailableRanges().stream().map(r -> new Range(r.from(), r.to())).toList();
    }
}
