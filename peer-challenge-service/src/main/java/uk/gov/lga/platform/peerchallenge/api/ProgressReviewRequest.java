package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ProgressReviewInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.RecommendationProgress;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressStatus;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The progress review: where every recommendation stands. */
@Schema(description = "The progress review: a summary and a status for every recommendation, each once.")
public record ProgressReviewRequest(
        @NotBlank @Size(max = 20000) @Schema(pattern = NOT_BLANK, examples = "Good progress on governance; finance still to do.")
        String summary,
        @Schema(description = "The day of the review; default today. After the visit, not in the future", examples = "2027-07-10")
        LocalDate reviewedOn,
        @NotNull @Size(max = 1000) List<@NotNull @Valid Status> recommendations) {

    @Schema(name = "RecommendationProgressRequest", description = "A recommendation's progress.")
    public record Status(@NotNull @Min(1) @Max(1000) @Schema(examples = "1") Integer number,
                         @NotNull ProgressStatus status,
                         @Size(max = 2000) @Schema(examples = "Savings agreed for 2027/28; 2028/29 still open") String note) {
    }

    ProgressReviewInput toInput() {
        return new ProgressReviewInput(summary, reviewedOn, recommendations.stream()
                .map(r -> new RecommendationProgress(r.number(), r.status(), r.note())).toList());
    }
}
