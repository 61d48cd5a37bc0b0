package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A peer challenge's on-site visits were scheduled (or rescheduled): one visit of about four days, or several short
 * visits of an extended review; the deadlines that run from the last on-site day come with them. Published by peer
 * challenge on {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the lead host.
 *
 * @param visits              the visits in order, numbered from 1
 * @param lastOnSiteDay       the last day of the last visit, from which the deadlines run
 * @param reportDueOn         the report is due on or before this day
 * @param actionPlanDueOn     the action plan is due on or before this day
 * @param progressReviewDueOn the progress review is due on or before this day
 */
public record ChallengeScheduled(long challengeId, String leadHost, List<String> hosts, List<Visit> visits,
                                 LocalDate firstOnSiteDay, LocalDate lastOnSiteDay, LocalDate reportDueOn,
                                 LocalDate actionPlanDueOn, LocalDate progressReviewDueOn) implements PlatformEvent {

    public static final String TYPE = "ChallengeScheduled";

    public ChallengeScheduled {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** One on-site visit, first and last day inclusive. */
    public record Visit(int visitNo, LocalDate startsOn, LocalDate endsOn) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.PEERCHALLENGE_EVENTS;
    }

    @Override
    public String subject() {
        return leadHost;
    }
}
