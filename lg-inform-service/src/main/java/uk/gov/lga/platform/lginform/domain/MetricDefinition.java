package uk.gov.lga.platform.lginform.domain;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.lga.platform.lginform.domain.Metric.MetricFamily;
import uk.gov.lga.platform.lginform.domain.Metric.Polarity;

import java.math.BigDecimal;

/**
 * A catalogue entry as an administrator writes it. {@code id} is required when creating; on a
 * replacement it comes from the path and, if given, must match. Rules that need the catalogue
 * (parent exists, no cycle, min not above max) are checked by {@link MetricCatalogue}.
 */
public record MetricDefinition(
        @NotNull(groups = OnCreate.class)
        @Pattern(regexp = MetricDefinition.ID, message = "must be 2 to 80 characters of a-z, 0-9 and -") String id,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull MetricFamily family,
        @NotNull MetricUnit unit,
        @NotNull Polarity polarity,
        @NotNull PeriodType periodType,
        @Size(max = 200) String source,
        @Size(max = 4000) String qualityNote,
        @Size(max = 80) String parentId,
        @Digits(integer = 16, fraction = 4) BigDecimal minValue,
        @Digits(integer = 16, fraction = 4) BigDecimal maxValue,
        boolean discontinued) {

    /** A slug: what a URL and a CSV column can carry unchanged. */
    public static final String ID = "[a-z0-9-]{2,80}";
}
