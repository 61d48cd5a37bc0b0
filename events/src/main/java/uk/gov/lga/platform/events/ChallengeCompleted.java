package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A peer challenge's team gave its feedback on the last on-site day and its findings were recorded. The findings
 * themselves stay with peer challenge until the report is published ({@link ReportPublished}); this event carries
 * how many strengths, areas to consider and recommendations each element has. Published by peer challenge on
 * {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the lead host.
 *
 * @param feedbackOn                        the day the findings were recorded
 * @param memberChallengeOfPerformanceWeak the governance finding that member challenge of performance is weak
 *                                         (it opens scrutiny support, announced by SupportGranted)
 * @param findings                          one summary per element the challenge's kind assesses, in the kind's order
 */
public record ChallengeCompleted(long challengeId, String leadHost, List<String> hosts, String kind, String topic,
                                 LocalDate lastOnSiteDay, LocalDate feedbackOn,
                                 boolean memberChallengeOfPerformanceWeak, List<ElementSummary> findings)
        implements PlatformEvent {

    public static final String TYPE = "ChallengeCompleted";

    public ChallengeCompleted {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The findings of one element, counted. */
    public record ElementSummary(String element, int strengths, int areasToConsider, int recommendations) {
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
