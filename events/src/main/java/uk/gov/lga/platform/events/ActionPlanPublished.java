package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The hosts published their action plan in answer to a peer challenge's recommendations. Published by peer
 * challenge on {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the lead host.
 *
 * @param actions         how many actions the plan holds
 * @param recommendations how many recommendations they answer (every one of the report's)
 * @param url             where the plan's document is published; null when it is only the text held here
 * @param dueOn           the action plan's deadline
 * @param onTime          published on or before {@code dueOn}
 */
public record ActionPlanPublished(long challengeId, String leadHost, List<String> hosts, LocalDate publishedOn,
                                  int actions, int recommendations, String url, LocalDate dueOn, boolean onTime)
        implements PlatformEvent {

    public static final String TYPE = "ActionPlanPublished";

    public ActionPlanPublished {
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
