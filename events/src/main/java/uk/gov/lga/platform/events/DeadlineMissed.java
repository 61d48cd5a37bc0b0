package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A peer challenge's deadline passed without the stage it asks for: the report, the action plan or the progress
 * review. Published once per deadline (again only if rescheduled visits move the deadline). Published by peer
 * challenge on {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the lead host.
 *
 * @param deadline      REPORT, ACTION_PLAN or PROGRESS_REVIEW
 * @param dueOn         the last day it could be met
 * @param lastOnSiteDay the day the deadline runs from
 * @param stage         where the challenge stood when the deadline was found missed
 */
public record DeadlineMissed(long challengeId, String leadHost, List<String> hosts, String deadline, LocalDate dueOn,
                             LocalDate lastOnSiteDay, String stage) implements PlatformEvent {

    public static final String TYPE = "DeadlineMissed";

    public DeadlineMissed {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
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
