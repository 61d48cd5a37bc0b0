package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;
import java.util.List;

/**
 * A challenge's findings: per element (in the kind's order) strengths, areas to consider and the numbered
 * recommendations, and the governance finding that member challenge of performance is weak.
 */
public record Findings(long challengeId, ChallengeKind kind, LocalDate feedbackOn,
                       boolean memberChallengeOfPerformanceWeak, List<ElementFindings> elements) {

    public record ElementFindings(Element element, List<String> strengths, List<String> areasToConsider,
                                  List<NumberedRecommendation> recommendations) {
    }

    /** A recommendation with, once reviewed, its progress status and note. */
    public record NumberedRecommendation(int number, String text, ProgressStatus status, String note) {
    }
}
