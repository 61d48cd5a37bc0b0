package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "The days a peer cannot be on site.")
public record AvailabilityView(@Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "17") long peerId,
                               @Schema(required = true, description = "In date order.", maxItems = 200)
                               List<Range> unavailable) {

    @Schema(name = "DateRange", description = "Days from from to to, both included.")
    public record Range(@Schema(required = true, examples = "2026-08-03") LocalDate from,
                        @Schema(required = true, examples = "2026-08-14") LocalDate to) {
    }

    static AvailabilityView of(Peer peer) {
        return new AvailabilityView(peer.id, ranges(peer));
    }

    static List<Range> ranges(Peer peer) {
        return peer.unavailableRanges().stream().map(r -> new Range(r.from(), r.to())).toList();
    }
}
