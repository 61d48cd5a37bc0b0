package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.calendar.CalendarCycle;
import uk.gov.lga.platform.peerchallenge.domain.calendar.QuarterSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The booking calendar of one three-year cycle. */
@Schema(description = "The booking calendar of one three-year cycle (1 April to 31 March): its twelve calendar quarters.")
public record CalendarView(
        @Schema(examples = "2026-04-01") LocalDate cycleStart,
        @Schema(examples = "2029-03-31") LocalDate cycleEnd,
        @Schema(description = "The cycle's twelve quarters, in order.", maxItems = 12) List<QuarterView> quarters) {

    @Schema(description = "A calendar quarter: capacity for hosting challenges (0 until a challenge manager sets it), "
            + "how much is confirmed and waiting, and the peer days councils offer in it.")
    public record QuarterView(
            @Schema(description = "Calendar quarter: 2026-Q3 is July to September 2026", pattern = QUARTER,
                    maxLength = QUARTER_LENGTH, examples = "2026-Q3") String quarter,
            @Schema(examples = "2026-07-01") LocalDate startsOn,
            @Schema(examples = "2026-09-30") LocalDate endsOn,
            @Schema(description = "How many challenges can be hosted in the quarter", minimum = "0", maximum = "1000",
                    examples = "12") int hostCapacity,
            @Schema(description = "False until a challenge manager sets the capacity") boolean capacitySet,
            @Schema(description = "HOST bookings confirmed (each has opened its challenge)", minimum = "0",
                    maximum = COUNT_MAX, examples = "9") int hostsConfirmed,
            @Schema(description = "HOST bookings on the waiting list", minimum = "0", maximum = COUNT_MAX, examples = "0")
            int waiting,
            @Schema(description = "Places left: capacity less confirmed", minimum = "0", maximum = "1000", examples = "3")
            int available,
            @Schema(description = "Peer days offered by confirmed GIVE_PEER_DAYS bookings", minimum = "0",
                    maximum = COUNT_MAX, examples = "40") int peerDaysOffered,
            @Schema(description = "The quarter is over and takes no bookings") boolean past,
            @Schema(description = "Who last set the capacity", maxLength = USER, pattern = NOT_BLANK, examples = "manager")
            String updatedBy,
            Instant updatedAt) {

        static QuarterView of(QuarterSummary q) {
            return new QuarterView(q.quarter().toString(), q.quarter().startsOn(), q.quarter().endsOn(), q.hostCapacity(),
                    q.capacitySet(), q.hostsConfirmed(), q.waiting(), q.available(), q.peerDaysOffered(), q.past(),
                    q.updatedBy(), q.updatedAt());
        }
    }

    static CalendarView of(CalendarCycle c) {
        return new CalendarView(c.cycle().start(), c.cycle().end(), c.quarters().stream().map(QuarterView::of).toList());
    }
}
