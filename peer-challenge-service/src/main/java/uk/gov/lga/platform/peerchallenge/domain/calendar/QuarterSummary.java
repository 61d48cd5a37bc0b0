package uk.gov.lga.platform.peerchallenge.domain.calendar;

import java.time.Instant;

/**
 * A quarter of the calendar: its capacity for hosting (0 until a manager opens it), how much of it is taken and
 * waited for, and the peer days councils offer in it.
 *
 * @param capacitySet false until a challenge manager sets the quarter's capacity
 * @param available   places left for hosting: capacity less confirmed, never below 0
 * @param past        the quarter is over: it takes no bookings
 */
public record QuarterSummary(Quarter quarter, int hostCapacity, boolean capacitySet, int hostsConfirmed, int waiting,
                             int available, int peerDaysOffered, boolean past, String updatedBy, Instant updatedAt) {
}
