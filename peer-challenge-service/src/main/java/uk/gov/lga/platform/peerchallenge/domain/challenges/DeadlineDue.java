package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An unmet deadline as the deadline list shows it, with its challenge.
 *
 * @param days              days overdue (positive) or left (0 on the day itself, negative for days to go)
 * @param missedAnnouncedAt when its DeadlineMissed event was published; null if not (yet)
 */
public record DeadlineDue(long deadlineId, long challengeId, DeadlineKind deadline, LocalDate dueOn, long days,
                          ChallengeKind kind, ChallengeStage stage, List<HostRef> hosts, LocalDate lastOnSiteDay,
                          Instant missedAnnouncedAt) {
}
