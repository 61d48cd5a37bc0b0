package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A peer challenge's progress review took place, about ten months after the visit: where each recommendation
 * stands. The last stage of a challenge's life. Published by peer challenge on {@link Topics#PEERCHALLENGE_EVENTS},
 * keyed by the lead host.
 *
 * @param recommendations each recommendation's number and status (ACHIEVED, IN_PROGRESS, NOT_STARTED,
 *                        NO_LONGER_APPLICABLE), in number order
 * @param dueOn           the progress review's deadline
 * @param onTime          reviewed on or before {@code dueOn}
 */
public record ProgressReviewed(long challengeId, String leadHost, List<String> hosts, LocalDate reviewedOn,
                               List<RecommendationStatus> recommendations, LocalDate dueOn, boolean onTime)
        implements PlatformEvent {

    public static final String TYPE = "ProgressReviewed";

    public ProgressReviewed {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    public record RecommendationStatus(int number, String status) {
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
