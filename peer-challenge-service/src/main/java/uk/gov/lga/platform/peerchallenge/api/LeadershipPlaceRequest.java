package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The subsidised leadership-programme place a council took up in a financial year. */
@Schema(name = "LeadershipPlaceRequest", description = "The subsidised leadership-programme place a council took up.")
public record LeadershipPlaceRequest(
        @Schema(required = true, description = "The financial year, from 2011/12 to the last of the current cycle.",
                pattern = FINANCIAL_YEAR, maxLength = FINANCIAL_YEAR_LENGTH, examples = "2026/27")
        @NotNull @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a financial year such as 2026/27") String financialYear,
        @Schema(required = true, description = "The delegate; kept beside the ledger, never shown in the offer.",
                maxLength = 200, pattern = NOT_BLANK, examples = "Jo Bloggs")
        @NotBlank @Size(max = 200) String delegateName) {
}
