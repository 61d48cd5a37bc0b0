package uk.gov.lga.platform.peerchallenge.domain.challenges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.DeadlineMissed;
import uk.gov.lga.platform.peerchallenge.config.DeadlineConfig;
import uk.gov.lga.platform.peerchallenge.persistence.ChallengeRepository;
import uk.gov.lga.platform.support.outbox.Outbox;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines across challenges: the lists managers work from (overdue, and falling due soon), and the
 * announcement of each missed deadline, once, as a DeadlineMissed event.
 */
@ApplicationScoped
public class DeadlineService {

    /** Deadlines announced per transaction of the job; it goes on until none is left. */
    static final int BATCH = 100;

    public enum Due { OVERDUE, UPCOMING }

    private final ChallengeRepository challenges;
    private final ChallengeService challengeService;
    private final Outbox outbox;
    private final DeadlineConfig config;
    private final Clock clock;

    @Inject
    public DeadlineService(ChallengeRepository challenges, ChallengeService challengeService, Outbox outbox,
                           DeadlineConfig config, Clock clock) {
        this.challenges = challenges;
        this.challengeService = challengeService;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Unmet deadlines of challenges that are not cancelled, by due day (then id), after the cursor: OVERDUE (due
     * before today, the longest overdue first) or UPCOMING (due from today to the configured window's end). Challenge
     * managers, LGA advisers and platform admins (403 otherwise).
     */
    @Transactional
    public List<DeadlineDue> list(Due due, LocalDate afterDue, Long afterId, int rows, Caller caller) {
        if (!caller.hasAnyRole(Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only challenge managers, LGA advisers and platform admins may list deadlines.");
        }
        LocalDate today = LocalDate.now(clock);
        List<DueDeadline> found = due == Due.OVERDUE
                ? challenges.unmetDeadlinesDue(null, today.minusDays(1), afterDue, afterId, rows)
                : challenges.unmetDeadlinesDue(today, today.plus(config.upcomingWithin()), afterDue, afterId, rows);
        return found.stream().map(d -> view(d, today)).toList();
    }

    private DeadlineDue view(DueDeadline d, LocalDate today) {
        PeerChallenge c = d.challenge();
        ChallengeDeadline deadline = d.deadline();
        return new DeadlineDue(deadline.id, c.id, deadline.deadline, deadline.dueOn,
                today.toEpochDay() - deadline.dueOn.toEpochDay(), c.kind, c.stage,
                challengeService.hostRefs(c.hostCodesLeadFirst()), c.lastOnSiteDay().orElse(null),
                deadline.missedPublishedAt);
    }

    /**
     * Publishes DeadlineMissed for up to {@link #BATCH} overdue deadlines not yet announced, each once (the
     * announcement is claimed in the database, so two instances of the job never announce one twice).
     *
     * @param job the job announcing, a system caller
     * @return how many were announced
     */
    @Transactional
    public int announceMissed(Caller job) {
        if (job.kind() != Caller.Kind.SYSTEM) {
            throw ProblemException.forbidden("Missed deadlines are announced by the service's own job only.");
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        int announced = 0;
        for (DueDeadline d : challenges.missedAndUnannounced(today, BATCH)) {
            if (!challenges.claimMissedAnnouncement(d.deadline().id, now)) {
                continue;
            }
            PeerChallenge c = d.challenge();
            outbox.record(new DeadlineMissed(c.id, c.councilCode, c.hostCodesLeadFirst(), d.deadline().deadline.name(),
                    d.deadline().dueOn, c.lastOnSiteDay().orElse(null), c.stage.name()), now);
            announced++;
        }
        return announced;
    }
}
