package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;
import java.util.List;

/** The progress review: its summary and where each recommendation stands. */
public record ProgressReviewDetails(long challengeId, String summary, LocalDate reviewedOn,
                                    List<Findings.NumberedRecommendation> recommendations) {
}
