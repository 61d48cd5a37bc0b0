package uk.gov.lga.platform.lginform.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** A data return as a council's system posts it: a period and the values it reports for it. */
public record DataReturnRequest(
        @NotBlank @Size(max = 10) String period,
        @NotEmpty @Size(max = 10_000) List<@NotNull @Valid Value> values) {

    /** One value; {@code period} may name another period than the return's (for example a quarter). */
    public record Value(@NotBlank @Size(max = 80) String metric,
                        @Size(max = 10) String period,
                        @NotNull BigDecimal value) {
    }
}
