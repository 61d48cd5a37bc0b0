package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A challenge as its readers see it: kind and shape, hosts and partners, visits, stage with the next one and
 * every move so far, the booking it came from, and its deadlines.
 *
 * @param nextStage the one stage it may move to; null at the end of its life or when cancelled
 */
public record ChallengeDetails(long id, ChallengeKind kind, ChallengeShape shape, ChallengeStage stage,
                               ChallengeStage nextStage, String topic, List<Element> elements, List<String> focusAreas,
                               List<String> partners, BigDecimal charge, List<HostRef> hosts, List<Visit> visits,
                               Long bookingId, String quarter, List<StageMove> history, List<DeadlineStatus> deadlines,
                               LocalDate feedbackOn, boolean reportPublished, Instant createdAt, Instant cancelledAt) {

    public record StageMove(ChallengeStage from, ChallengeStage to, String by, Instant at) {
    }

    /**
     * @param overdue            unmet and past its day
     * @param missedAnnouncedAt  when its DeadlineMissed was published; null if not (yet)
     */
    public record DeadlineStatus(DeadlineKind deadline, LocalDate dueOn, LocalDate metOn, boolean overdue,
                                 Instant missedAnnouncedAt) {
    }
}
