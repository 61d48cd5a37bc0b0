package uk.gov.lga.platform.lginform.domain.comparison;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Places a value against a group's median in median absolute deviations (MAD, unscaled). With
 * d = value - median: |d| < 0.5 MAD broadly similar, 0.5 to under 1 slightly, 1 to under 2 plainly,
 * 2 or more much better/worse (higher/lower where polarity does not apply). Limits are compared
 * exactly (|d| against k x MAD), never on the rounded distance. When MAD is 0 (at least half the group
 * share the median) a value equal to the median is broadly similar and any other is the smallest
 * non-zero band on its side: a distance in MADs cannot be measured, so none is claimed.
 */
public final class Banding {

    static final int DISTANCE_SCALE = 2;
    private static final BigDecimal SLIGHTLY = new BigDecimal("0.5");
    private static final BigDecimal PLAINLY = BigDecimal.ONE;
    private static final BigDecimal MUCH = new BigDecimal("2");

    private static final Band[] BETTER = {Band.BROADLY_SIMILAR, Band.SLIGHTLY_BETTER, Band.BETTER, Band.MUCH_BETTER};
    private static final Band[] WORSE = {Band.BROADLY_SIMILAR, Band.SLIGHTLY_WORSE, Band.WORSE, Band.MUCH_WORSE};
    private static final Band[] HIGHER = {Band.BROADLY_SIMILAR, Band.SLIGHTLY_HIGHER, Band.HIGHER, Band.MUCH_HIGHER};
    private static final Band[] LOWER = {Band.BROADLY_SIMILAR, Band.SLIGHTLY_LOWER, Band.LOWER, Band.MUCH_LOWER};

    private Banding() {
    }

    /** The band of a value against a median and MAD; null when there is no value or no median. */
    public static Band band(BigDecimal value, BigDecimal median, BigDecimal mad, Polarity polarity) {
        if (value == null || median == null) {
            return null;
        }
        BigDecimal d = value.subtract(median);
        if (d.signum() == 0) {
            return Band.BROADLY_SIMILAR;
        }
        Band[] side = switch (polarity) {
            case HIGH_IS_GOOD -> d.signum() > 0 ? BETTER : WORSE;
            case LOW_IS_GOOD -> d.signum() < 0 ? BETTER : WORSE;
            case NOT_APPLICABLE -> d.signum() > 0 ? HIGHER : LOWER;
        };
        return side[step(d.abs(), mad)];
    }

    /** 0 to 3: how many band limits |d| reaches; at least 1 when MAD is 0 and d is not. */
    private static int step(BigDecimal distance, BigDecimal mad) {
        if (mad.signum() == 0) {
            return 1;
        }
        if (distance.compareTo(MUCH.multiply(mad)) >= 0) {
            return 3;
        }
        if (distance.compareTo(PLAINLY.multiply(mad)) >= 0) {
            return 2;
        }
        return distance.compareTo(SLIGHTLY.multiply(mad)) >= 0 ? 1 : 0;
    }

    /** (value - median) / MAD, signed by value (positive above the median), rounded half up to 2 places; null when MAD is 0. */
    public static BigDecimal madDistance(BigDecimal value, BigDecimal median, BigDecimal mad) {
        if (value == null || median == null || mad.signum() == 0) {
            return null;
        }
        return value.subtract(median).divide(mad, DISTANCE_SCALE, RoundingMode.HALF_UP);
    }
}
