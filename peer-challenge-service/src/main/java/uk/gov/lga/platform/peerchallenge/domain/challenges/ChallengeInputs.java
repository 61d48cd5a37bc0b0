package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;
import java.util.List;

/**
 * What callers record on a challenge, as the domain takes it (the API's requests turn into these). Each is checked
 * by {@link ChallengeService} against the challenge, every wrong field named in one 422 problem.
 */
public final class ChallengeInputs {

    private ChallengeInputs() {
    }

    /** A visit's first and last on-site day. */
    public record VisitDates(LocalDate startsOn, LocalDate endsOn) {
    }

    /** The findings of one element; recommendations are numbered across the challenge in element order. */
    public record ElementInput(Element element, List<String> strengths, List<String> areasToConsider,
                               List<String> recommendations) {

        public ElementInput {
            strengths = strengths == null ? List.of() : List.copyOf(strengths);
            areasToConsider = areasToConsider == null ? List.of() : List.copyOf(areasToConsider);
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        }
    }

    public record FindingsInput(List<ElementInput> findings, boolean memberChallengeOfPerformanceWeak) {
    }

    public record ReportInput(String title, String summary, String url) {
    }

    public record ActionInput(int recommendation, String action, String owner, LocalDate dueOn) {
    }

    public record ActionPlanInput(String summary, String url, List<ActionInput> actions) {

        public ActionPlanInput {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    public record RecommendationProgress(int number, ProgressStatus status, String note) {
    }

    /** @param reviewedOn the day of the review; null for today */
    public record ProgressReviewInput(String summary, LocalDate reviewedOn, List<RecommendationProgress> recommendations) {
    }
}
