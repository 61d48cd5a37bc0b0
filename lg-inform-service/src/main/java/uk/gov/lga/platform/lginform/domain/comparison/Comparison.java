package uk.gov.lga.platform.lginform.domain.comparison;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.Geography;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroup;

import java.math.BigDecimal;

/**
 * A council's value of one metric for one period, against a comparison group and against England,
 * with its direction of travel. {@code period} is null when the metric has no published value at all
 * (then everything that depends on a value is null and every member counts as missing). {@code geography} says
 * which councils the group and England were made of: those that existed during the period.
 */
public record Comparison(Metric metric, Council council, String period, BigDecimal value, Against group,
                         Against england, Travel travel, Geography geography) {

    /** The group's statistics and the council's position in it. */
    public record Against(ComparisonGroup group, GroupStatistics statistics, Position position) {
    }

    /** The change since the period immediately before; {@code change} and {@code direction} are null if either value is missing. */
    public record Travel(String previousPeriod, BigDecimal previousValue, BigDecimal change, DirectionOfTravel direction) {

        static Travel of(String previousPeriod, BigDecimal previousValue, BigDecimal value, Metric.Polarity polarity) {
            return new Travel(previousPeriod, previousValue,
                    previousValue == null || value == null ? null : value.subtract(previousValue),
                    DirectionOfTravel.between(previousValue, value, polarity));
        }
    }
}
