package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricUnit;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import java.math.BigDecimal;

/** A catalogue entry as the catalogue publishes it. */
public record MetricView(String id, String title, String description, Metric.MetricFamily family, MetricUnit unit,
                         Metric.Polarity polarity, PeriodType periodType, String source, String qualityNote,
                         String parentId, BigDecimal minValue, BigDecimal maxValue, boolean discontinued,
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
