package uk.gov.lga.platform.peerchallenge.domain.calendar;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.HostRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A booking as its readers see it.
 *
 * @param organisation    who booked: the lead host, or the council giving days
 * @param waitingPosition 1 for the first of its quarter's waiting list; null unless WAITING
 * @param challengeId     the challenge a confirmed HOST booking opened
 */
public record BookingDetails(long id, Quarter quarter, BookingPurpose purpose, BookingStatus status,
                             HostRef organisation, List<HostRef> hosts, ChallengeKind kind, ChallengeShape shape,
                             String topic, List<String> focusAreas, List<String> partners, BigDecimal charge,
                             Integer peerDays, List<Long> peers, Long challengeId, Integer waitingPosition,
                             String bookedBy, Instant bookedAt, Instant confirmedAt, String cancelledBy,
                             Instant cancelledAt) {
}
