package uk.gov.lga.platform.lginform.domain.catalogue;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.lginform.domain.OnCreate;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.MetricFamily;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;
import uk.gov.lga.platform.support.ids.ValidMetricId;

import java.math.BigDecimal;

/**
 * A catalogue entry as an administrator writes it. {@code id} is required when creating; on a
 * replacement it comes from the path and, if given, must match. Rules that need the catalogue
 * (parent exists, no cycle, min not above max) are checked by {@link MetricService}.
 */
public record MetricDefinition(
        @Schema(description = "A slug of 2 to 80 characters: required when creating; on a replacement the path's.",
                pattern = "^" + MetricId.PATTERN + "$", maxLength = 80, examples = "usable-reserves")
        @NotNull(groups = OnCreate.class) @ValidMetricId String id,
        @Schema(description = "Its title: not blank.", pattern = "^[\\s\\S]*\\S[\\s\\S]*$", examples = "Usable reserves")
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull MetricFamily family,
        @NotNull MetricUnit unit,
        @NotNull Polarity polarity,
        @NotNull PeriodType periodType,
        @Size(max = 200) String source,
        @Size(max = 4000) String qualityNote,
        @Schema(description = "The metric it details, if any.", pattern = "^" + MetricId.PATTERN + "$",
                examples = "usable-reserves")
        @Size(max = 80) String parentId,
        @Digits(integer = 16, fraction = 4) BigDecimal minValue,
        @Digits(integer = 16, fraction = 4) BigDecimal maxValue,
        boolean discontinued,
        Additivity additivity,
        Boolean forecasts) {

    /** A definition that says nothing of forecasts: the metric takes none. */
    public MetricDefinition(String id, String title, String description, MetricFamily family, MetricUnit unit,
                            Polarity polarity, PeriodType periodType, String source, String qualityNote, String parentId,
                            BigDecimal minValue, BigDecimal maxValue, boolean discontinued, Additivity additivity) {
        this(id, title, description, family, unit, polarity, periodType, source, qualityNote, parentId, minValue, maxValue,
                discontinued, additivity, null);
    }

    /** False unless declared: values for the period after the current one are refused. */
    public boolean forecastsOrNone() {
        return Boolean.TRUE.equals(forecasts);
    }

    /** NONE unless declared: a metric is summed across councils only when its definition says it adds up. */
    public Additivity additivityOrNone() {
        return additivity == null ? Additivity.NONE : additivity;
    }
}
