package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ActionInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ActionPlanInput;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The hosts' action plan: at least one action for every recommendation. */
@Schema(description = "The hosts' action plan: a summary and actions, at least one for every recommendation (by number).")
public record ActionPlanRequest(
        @NotBlank @Size(max = 20000) @Schema(pattern = NOT_BLANK, examples = "How we will act on the peer team's recommendations.")
        String summary,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
        @Schema(description = "Where the plan is published.", pattern = URL_PATTERN,
                examples = "https://www.leeds.gov.uk/peer-challenge-action-plan.pdf") String url,
        @NotNull @Size(max = 200) @Schema(description = "At least one for every recommendation.")
        List<@NotNull @Valid Action> actions) {

    @Schema(name = "PlannedActionRequest", description = "One action and the recommendation it answers.")
    public record Action(
            @NotNull @Min(1) @Max(1000) @Schema(description = "The recommendation's number", examples = "1") Integer recommendation,
            @NotBlank @Size(max = 2000) @Schema(pattern = NOT_BLANK, examples = "Agree a scrutiny work programme with the executive")
            String action,
            @Size(max = 200) @Schema(description = "A post, not a person", pattern = NOT_BLANK,
                    examples = "Head of Democratic Services") String owner,
            @Schema(examples = "2027-06-30") LocalDate dueOn) {
    }

    ActionPlanInput toInput() {
        return new ActionPlanInput(summary, url, actions.stream()
                .map(a -> new ActionInput(a.recommendation(), a.action(), a.owner(), a.dueOn())).toList());
    }
}
