package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricUnit;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import java.math.BigDecimal;

/** A catalogue entry as the catalogue publishes it. */
@Schema(description = "A catalogue entry.")
public record MetricView(@Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                                 maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves") String id,
                         @Schema(description = "Its title.", required = true, maxLength = 200, examples = "Usable reserves")
                         String title,
                         @Schema(description = "What it measures.", nullable = true, maxLength = Formats.TEXT_LENGTH,
                                 examples = "General fund and earmarked reserves.") String description,
                         @Schema(required = true) Metric.MetricFamily family,
                         @Schema(required = true) MetricUnit unit,
                         @Schema(required = true) Metric.Polarity polarity,
                         @Schema(required = true) PeriodType periodType,
                         @Schema(description = "Where its values come from.", nullable = true, maxLength = 200,
                                 examples = "Revenue outturn") String source,
                         @Schema(description = "What a reader should know of its quality.", nullable = true,
                                 maxLength = Formats.TEXT_LENGTH) String qualityNote,
                         @Schema(description = "The metric it details; null for a top-level metric.", nullable = true,
                                 pattern = Formats.METRIC_ID, maxLength = Formats.METRIC_ID_LENGTH) String parentId,
                         @Schema(description = "The smallest value accepted; null: no bound.", nullable = true, examples = "0")
                         BigDecimal minValue,
                         @Schema(description = "The largest value accepted; null: no bound.", nullable = true)
                         BigDecimal maxValue,
                         @Schema(description = "Whether it is no longer collected.", required = true) boolean discontinued,
                         @Schema(description = "Whether values add up across councils: NONE (rates, shares, prices: never "
                                 + "summed), AREA_COUNT (people or places: one layer of predecessors is summed), "
                                 + "COUNCIL_TOTAL (each council's own money: every predecessor adds)", examples = "AREA_COUNT")
                         Additivity additivity,
                         @Schema(description = "Whether values may be reported for the period after the current one "
                                 + "(forecasts); otherwise a period that has not begun is refused", examples = "false")
                         boolean forecasts) {

    static MetricView of(Metric m) {
        return new MetricView(m.id, m.title, m.description, m.family, m.unit, m.polarity, m.periodType, m.source,
                m.qualityNote, m.parentId, Decimals.plain(m.minValue), Decimals.plain(m.maxValue), m.discontinued,
                m.additivity, m.forecasts);
    }
}
