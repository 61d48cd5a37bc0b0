package uk.gov.lga.platform.peerchallenge.domain.challenges;

import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.ACTION_PLAN_PUBLISHED;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.ENQUIRY;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.FEEDBACK_GIVEN;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.ON_SITE;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.POSITION_STATEMENT;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.PROGRESS_REVIEWED;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.REPORT_PUBLISHED;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.SCOPING;

/**
 * A challenge's life as a state machine: each stage has exactly one next stage, and no move goes back or skips
 * one. ENQUIRY → SCOPING → POSITION_STATEMENT → ON_SITE → FEEDBACK_GIVEN → REPORT_PUBLISHED → ACTION_PLAN_PUBLISHED
 * → PROGRESS_REVIEWED. The first three moves carry nothing; the last four are made by recording what they stand
 * for (findings, the report, the action plan, the progress review). Challenge managers make every move; a host's
 * own officer may also submit the position statement and publish the action plan, which are the hosts' own work.
 */
public final class Lifecycle {

    private static final Map<ChallengeStage, ChallengeStage> NEXT = new EnumMap<>(Map.of(
            ENQUIRY, SCOPING,
            SCOPING, POSITION_STATEMENT,
            POSITION_STATEMENT, ON_SITE,
            ON_SITE, FEEDBACK_GIVEN,
            FEEDBACK_GIVEN, REPORT_PUBLISHED,
            REPORT_PUBLISHED, ACTION_PLAN_PUBLISHED,
            ACTION_PLAN_PUBLISHED, PROGRESS_REVIEWED));

    /** Stages reached by recording something, each through its own operation, not by a bare move. */
    private static final Map<ChallengeStage, String> REACHED_BY = new EnumMap<>(Map.of(
            FEEDBACK_GIVEN, "recording the findings (PUT /challenges/{id}/findings)",
            REPORT_PUBLISHED, "publishing the report (POST /challenges/{id}/report)",
            ACTION_PLAN_PUBLISHED, "publishing the action plan (POST /challenges/{id}/action-plan)",
            PROGRESS_REVIEWED, "recording the progress review (POST /challenges/{id}/progress-review)"));

    /** The moves a host's own officer may make as well as a challenge manager. */
    private static final Set<ChallengeStage> HOSTS_MAY_REACH = EnumSet.of(POSITION_STATEMENT, ACTION_PLAN_PUBLISHED);

    /** The visits may be (re)scheduled until the team has given its feedback. */
    private static final Set<ChallengeStage> VISITS_OPEN = EnumSet.of(ENQUIRY, SCOPING, POSITION_STATEMENT, ON_SITE);

    private Lifecycle() {
    }

    /** The one stage that may follow; empty at the end of the life. */
    public static Optional<ChallengeStage> next(ChallengeStage from) {
        return Optional.ofNullable(NEXT.get(from));
    }

    public static boolean allows(ChallengeStage from, ChallengeStage to) {
        return to != null && to == NEXT.get(from);
    }

    /** As {@link #allows}, or a 409 problem naming both stages and the one move that is allowed. */
    public static void requireMove(ChallengeStage from, ChallengeStage to) {
        if (!allows(from, to)) {
            throw ProblemException.conflict("Illegal stage move: a challenge at " + from + " cannot move to " + to + "; "
                    + next(from).map(n -> "its next stage is " + n + ".")
                            .orElse("it has reached the end of its life (" + PROGRESS_REVIEWED + ")."));
        }
    }

    /** True for the stages reached by a bare move (SCOPING, POSITION_STATEMENT, ON_SITE). */
    public static boolean reachedByMove(ChallengeStage to) {
        return to != null && to != ENQUIRY && !REACHED_BY.containsKey(to);
    }

    /** How a stage that is not reached by a bare move is reached, in words. */
    public static Optional<String> reachedBy(ChallengeStage to) {
        return Optional.ofNullable(REACHED_BY.get(to));
    }

    /** A host's own officer may make this move (besides challenge managers). */
    public static boolean hostsMayReach(ChallengeStage to) {
        return HOSTS_MAY_REACH.contains(to);
    }

    public static boolean visitsMayChange(ChallengeStage stage) {
        return VISITS_OPEN.contains(stage);
    }

    /**
     * What the calendar asks of a move beyond the order of stages: the team goes on site once visits are scheduled
     * and from their first day; it gives feedback on the last on-site day at the earliest. A 409 problem otherwise.
     */
    public static void requireReady(ChallengeStage to, Optional<LocalDate> firstOnSiteDay,
                                    Optional<LocalDate> lastOnSiteDay, LocalDate today) {
        if (to == ON_SITE) {
            LocalDate first = firstOnSiteDay.orElseThrow(() -> ProblemException.conflict(
                    "A challenge goes ON_SITE only once its visits are scheduled (PUT /challenges/{id}/visits)."));
            if (today.isBefore(first)) {
                throw ProblemException.conflict("A challenge goes ON_SITE from its first on-site day, " + first
                        + ", not before.");
            }
        }
        if (to == FEEDBACK_GIVEN) {
            LocalDate last = lastOnSiteDay.orElseThrow(() -> ProblemException.conflict(
                    "Findings are recorded after the visits; this challenge has none scheduled."));
            if (today.isBefore(last)) {
                throw ProblemException.conflict("Feedback is given on the last on-site day, " + last
                        + ", at the earliest; findings cannot be recorded before it.");
            }
        }
    }
}
