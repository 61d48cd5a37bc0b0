package uk.gov.lga.platform.lginform.domain.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A measure councils report: its unit, which direction is better, and the periods it is reported for. */
@Entity
@Table(name = "metric")
public class Metric extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public MetricFamily family;

    @Enumerated(EnumType.STRING)
    public MetricUnit unit;

    @Enumerated(EnumType.STRING)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;

    public String source;

    @Column(name = "quality_note")
    public String qualityNote;

    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    public boolean discontinued;

    /** Whether its values add up across councils (a predecessors' sum continues a successor's series). */
    @Enumerated(EnumType.STRING)
    public Additivity additivity = Additivity.NONE;

    /** Whether values may be reported for the period after the current one too (forecasts); see {@link PeriodWindow}. */
    public boolean forecasts;

    public boolean inRange(BigDecimal value) {
        return (minValue == null || value.compareTo(minValue) >= 0) && (maxValue == null || value.compareTo(maxValue) <= 0);
    }

    public String rangeText() {
        if (minValue != null && maxValue != null) {
            return "between " + minValue.stripTrailingZeros().toPlainString() + " and " + maxValue.stripTrailingZeros().toPlainString();
        }
        return minValue != null ? "at least " + minValue.stripTrailingZeros().toPlainString()
                : maxValue != null ? "at most " + maxValue.stripTrailingZeros().toPlainString() : "any number";
    }

    public enum MetricFamily { COST_EFFICIENCY, OUTCOME, SATISFACTION, CONTEXTUAL }

    public enum Polarity { HIGH_IS_GOOD, LOW_IS_GOOD, NOT_APPLICABLE }
}
