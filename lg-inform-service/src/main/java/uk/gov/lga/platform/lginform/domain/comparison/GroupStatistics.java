package uk.gov.lga.platform.lginform.domain.comparison;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;
import uk.gov.lga.platform.support.edge.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One group's values of one metric for one period, summarised. Pure arithmetic, exact in BigDecimal:
 * a member without a value is counted in {@code missing} and takes no part in any statistic (it is
 * never read as zero). Quartiles and the median interpolate between order statistics (Hyndman and Fan
 * type 7, as Excel QUARTILE.INC); {@code mad} is the unscaled median absolute deviation from the
 * median; {@code mean} is rounded half up to {@value #MEAN_SCALE} decimal places. With no values,
 * every statistic is null. The formulas are in the service README.
 */
public record GroupStatistics(int count, int missing, BigDecimal min, BigDecimal lowerQuartile, BigDecimal median,
                              BigDecimal upperQuartile, BigDecimal max, BigDecimal mean, BigDecimal mad,
                              List<BigDecimal> values) {

    /**
     * The bound of every value (platform-support {@code Numbers}): a mean rounded there agrees with an exact
     * computation on the published figures far inside 1e-9 relative, where 4 places did not (a ratio such as
     * 26.335086811 lost its last five digits).
     */
    static final int MEAN_SCALE = Numbers.MAX_DECIMAL_PLACES;
    private static final BigDecimal LOWER = new BigDecimal("0.25");
    private static final BigDecimal MIDDLE = new BigDecimal("0.5");
    private static final BigDecimal UPPER = new BigDecimal("0.75");

    /** The values are in ascending order. */
    public GroupStatistics {
        values = List.copyOf(values);
    }

    /** Statistics of the members' values, one entry per member, null where a member has no value. */
    public static GroupStatistics of(Collection<BigDecimal> membersValues) {
        List<BigDecimal> sorted = membersValues.stream().filter(Objects::nonNull).sorted().toList();
        int missing = membersValues.size() - sorted.size();
        if (sorted.isEmpty()) {
            return new GroupStatistics(0, missing, null, null, null, null, null, null, null, sorted);
        }
        BigDecimal median = quantile(sorted, MIDDLE);
        List<BigDecimal> deviations = sorted.stream().map(v -> v.subtract(median).abs()).sorted().toList();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GroupStatistics(sorted.size(), missing, sorted.get(0), quantile(sorted, LOWER), median,
                quantile(sorted, UPPER), sorted.get(sorted.size() - 1),
                sum.divide(BigDecimal.valueOf(sorted.size()), MEAN_SCALE, RoundingMode.HALF_UP),
                quantile(deviations, MIDDLE), sorted);
    }

    /**
     * Type 7: with the n values sorted as x[0..n-1], h = (n - 1) p; the quantile is
     * x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
     */
    static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal h = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int lower = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lower));
        BigDecimal below = sorted.get(lower);
        if (fraction.signum() == 0) {
            return below;
        }
        return below.add(fraction.multiply(sorted.get(lower + 1).subtract(below)));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Competition ranking ("1224"): one more than the number of values strictly better than this one,
     * so tied values share the best rank of their tie. Null when polarity does not apply or there is
     * no value; a value that is not one of the group's is ranked as if it were added.
     */
    public Integer rank(BigDecimal value, Polarity polarity) {
        if (value == null || polarity == Polarity.NOT_APPLICABLE) {
            return null;
        }
        int sign = polarity == Polarity.HIGH_IS_GOOD ? 1 : -1;
        return 1 + (int) values.stream().filter(v -> v.compareTo(value) * sign > 0).count();
    }

    /**
     * Quartile 1 is the best quarter by polarity (for NOT_APPLICABLE: the lowest values), found from
     * the cut points lowerQuartile, median and upperQuartile; a value on a cut point belongs to the
     * better (lower-numbered) quartile. Null without a value or without statistics.
     */
    public Integer quartile(BigDecimal value, Polarity polarity) {
        if (value == null || isEmpty()) {
            return null;
        }
        if (polarity == Polarity.HIGH_IS_GOOD) {
            return value.compareTo(upperQuartile) >= 0 ? 1 : value.compareTo(median) >= 0 ? 2
                    : value.compareTo(lowerQuartile) >= 0 ? 3 : 4;
        }
        return value.compareTo(lowerQuartile) <= 0 ? 1 : value.compareTo(median) <= 0 ? 2
                : value.compareTo(upperQuartile) <= 0 ? 3 : 4;
    }
}
