package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A peer challenge's report was published: from now on anyone may read it (as the LGA publishes them). Knowledge
 * hub makes it a library item. Published by peer challenge on {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the
 * lead host.
 *
 * @param url       where the report's document is published; null when it is only the text held here
 * @param dueOn     the report's deadline (the last on-site day plus the configured months)
 * @param onTime    published on or before {@code dueOn}
 * @param elements  the elements the report's findings cover, in the kind's order
 */
public record ReportPublished(long challengeId, String leadHost, List<String> hosts, String kind, String topic,
                              String title, String summary, String url, LocalDate publishedOn,
                              LocalDate lastOnSiteDay, LocalDate dueOn, boolean onTime, List<String> elements)
        implements PlatformEvent {

    public static final String TYPE = "ReportPublished";

    public ReportPublished {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        elements = elements == null ? List.of() : List.copyOf(elements);
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
