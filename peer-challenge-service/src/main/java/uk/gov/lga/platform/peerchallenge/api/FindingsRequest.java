package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ElementInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.FindingsInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The team's findings, one per element of the challenge's kind. */
@Schema(description = "The findings: one for every element of the challenge's kind (GET /challenges/{id} elements), "
        + "and the governance finding on member challenge of performance.")
public record FindingsRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid ElementFinding> findings,
        @NotNull @Schema(description = "Member challenge of performance is weak: opens the offer's scrutiny support for each host")
        Boolean memberChallengeOfPerformanceWeak) {

    @Schema(name = "ElementFindingRequest", description = "The findings on one element.")
    public record ElementFinding(
            @NotNull @Schema(examples = "GOVERNANCE_AND_CULTURE") Element element,
            @Size(max = 30) List<@NotNull(message = BLANK) @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 2000) String> strengths,
            @Size(max = 30) List<@NotNull(message = BLANK) @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 2000) String> areasToConsider,
            @Size(max = 30) @Schema(description = "Numbered 1, 2, ... across the challenge in element order")
            List<@NotNull(message = BLANK) @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 2000) String> recommendations) {
    }

    FindingsInput toInput() {
        return new FindingsInput(findings.stream().map(f -> new ElementInput(f.element(), f.strengths(),
                f.areasToConsider(), f.recommendations())).toList(), memberChallengeOfPerformanceWeak);
    }
}
