package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricUnit;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import java.math.BigDecimal;

/** A catalogue entry as the catalogue publishes it. */
public record MetricView(String id, String title, String description, Metric.MetricFamily family, MetricUnit unit,
                         Metric.Polarity polarity, PeriodType periodType, String source, String qualityNote,
                         String parentId, BigDecimal minValue, BigDecimal maxValue, boolean discontinued) {

    static MetricView of(Metric m) {
        return new MetricView(m.id, m.title, m.description, m.family, m.unit, m.polarity, m.periodType, m.source,
                m.qualityNote, m.parentId, Decimals.plain(m.minValue), Decimals.plain(m.maxValue), m.discontinued);
    }
}
