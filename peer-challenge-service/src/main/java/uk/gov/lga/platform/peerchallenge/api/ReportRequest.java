package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ReportInput;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The report to publish; its findings are those recorded at feedback. */
@Schema(description = "The report: title, summary and, where the document is published, its address. The findings "
        + "recorded at feedback are part of it.")
public record ReportRequest(
        @NotBlank @Size(max = 300) @Schema(pattern = NOT_BLANK, examples = "Corporate peer challenge: Leeds City Council")
        String title,
        @NotBlank @Size(max = 20000) @Schema(pattern = NOT_BLANK, examples = "Leeds is an ambitious council that knows itself well.")
        String summary,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
        @Schema(pattern = URL_PATTERN, examples = "https://www.local.gov.uk/peer-challenges/leeds-2026.pdf") String url) {

    ReportInput toInput() {
        return new ReportInput(title, summary, url);
    }
}
