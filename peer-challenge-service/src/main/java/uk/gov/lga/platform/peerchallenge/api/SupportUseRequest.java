package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Free support days a council used. */
@Schema(name = "SupportUseRequest", description = "Free support days a council used.")
public record SupportUseRequest(
        @Schema(required = true, description = "Whole days used, 1 to 30; no more than the balance.", minimum = "1",
                maximum = "30", examples = "2")
        @NotNull @Min(1) @Max(30) Integer days,
        @Schema(description = "The day they were used; today when absent. Not in the future.", examples = "2026-06-10")
        LocalDate usedOn,
        @Schema(required = true, description = "What the days were for, 1-500 characters.", maxLength = 500, pattern = NOT_BLANK,
                examples = "Two days of mentoring for the new leader by a member peer.")
        @NotBlank @Size(max = 500) String reason) {
}
