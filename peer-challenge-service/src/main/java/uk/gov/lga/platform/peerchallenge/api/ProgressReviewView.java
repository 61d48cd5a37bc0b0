package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressReviewDetails;

import java.time.LocalDate;
import java.util.List;

/** The progress review of a challenge. */
@Schema(description = "The progress review: its summary and each recommendation with its status.")
public record ProgressReviewView(long challengeId, String summary, LocalDate reviewedOn,
                                 List<FindingsView.RecommendationView> recommendations) {

    static ProgressReviewView of(ProgressReviewDetails r) {
        return new ProgressReviewView(r.challengeId(), r.summary(), r.reviewedOn(),
                r.recommendations().stream().map(FindingsView.RecommendationView::of).toList());
    }
}
