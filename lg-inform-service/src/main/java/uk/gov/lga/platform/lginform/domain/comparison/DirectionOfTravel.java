package uk.gov.lga.platform.lginform.domain.comparison;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;

/** A council's change since the previous period: improving or worsening by polarity, increasing or decreasing where it does not apply. */
public enum DirectionOfTravel {
    IMPROVING, WORSENING, INCREASING, DECREASING, NO_CHANGE;

    /** Null when either value is missing: a missing value is not a change. */
    public static DirectionOfTravel between(BigDecimal previous, BigDecimal current, Polarity polarity) {
        if (previous == null || current == null) {
            return null;
        }
        int change = current.compareTo(previous);
        if (change == 0) {
            return NO_CHANGE;
        }
        return switch (polarity) {
            case HIGH_IS_GOOD -> change > 0 ? IMPROVING : WORSENING;
            case LOW_IS_GOOD -> change < 0 ? IMPROVING : WORSENING;
            case NOT_APPLICABLE -> change > 0 ? INCREASING : DECREASING;
        };
    }
}
