package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressReviewDetails;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The progress review of a challenge. */
@Schema(description = "The progress review: its summary and each recommendation with its status.")
public record ProgressReviewView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
        @Schema(required = true, maxLength = SUMMARY, pattern = NOT_BLANK,
                examples = "Good progress on governance; finance still to do.") String summary,
        @Schema(required = true, examples = "2027-07-10") LocalDate reviewedOn,
        @Schema(required = true, description = "Every recommendation, in number order, with its status", maxItems = 1000)
        List<FindingsView.RecommendationView> recommendations) {

    static ProgressReviewView of(ProgressReviewDetails r) {
        return new ProgressReviewView(r.challengeId(), r.summary(), r.reviewedOn(),
                r.recommendations().stream().map(FindingsView.RecommendationView::of).toList());
    }
}
