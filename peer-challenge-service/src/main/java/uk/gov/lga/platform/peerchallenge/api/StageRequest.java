package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;

/** The stage to move a challenge to. */
@Schema(description = "The stage to move to: SCOPING, POSITION_STATEMENT or ON_SITE (the later stages are reached by "
        + "recording findings, report, action plan and progress review).")
public record StageRequest(@NotNull @Schema(examples = "SCOPING") ChallengeStage stage) {
}
