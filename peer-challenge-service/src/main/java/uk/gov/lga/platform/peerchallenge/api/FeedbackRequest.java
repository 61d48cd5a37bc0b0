package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.NewFeedback;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "Feedback on a peer after a challenge whose team they were on.")
public record FeedbackRequest(
        @Schema(description = "The challenge.", maximum = ID_MAX, examples = "42") @NotNull @Min(1) Long challengeId,
        @Schema(description = "1 (poor) to 5 (excellent).", examples = "4") @NotNull @Min(1) @Max(5) Integer rating,
        @Schema(description = "What went well and what could be better.", examples = "Clear, well-prepared challenge on finance.")
        @Size(max = 2000) String comment) {

    static final String EXAMPLE = """
            {"challengeId": 42, "rating": 4, "comment": "Clear, well-prepared challenge on finance."}""";

    NewFeedback toFeedback() {
        return new NewFeedback(challengeId, rating, comment);
    }
}
