package uk.gov.lga.platform.deploy.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic but plausible dataset: every metric for every council over the five latest years,
 * as a national-dataset CSV. Deterministic: the same councils, metrics and seed give the same
 * bytes. Every value's note says SYNTHETIC, so nobody mistakes it for real figures.
 *
 * <p>For a council c, metric m and year t (0 = oldest): value = centre(m, c) x (1 + 0.25 z)
 * x (1 + s t) x (1 + e), where z ~ N(0,1) is the council's standing on the metric, s ~ N(0, 0.02)
 * its yearly trend and e ~ N(0, 0.01) noise, all drawn from a generator seeded by (seed, c, m);
 * the result is clamped into the metric's valid range and rounded to 2 decimals. The centre
 * depends on the unit (a percentage sits near 50, money in thousands scales with population,
 * ...); population itself is the council's 2020 population growing 0.6% a year.
 *
 * <p>Councils that were abolished or created in those years (North Yorkshire, Cumbria, Somerset, Northamptonshire
 * and their districts; their successors) have values only for the periods they existed in, so the demo shows a
 * successor's series continuing from its predecessors'.
 */
public final class SyntheticDataset {

    public static final String NOTE = "SYNTHETIC demo data";
    public static final int YEARS = 5;
    /** The newest financial year of the demo data: 2024/25. */
    public static final int NEWEST_YEAR = 2024;

    /** A council, its population and its life (either end null: open). */
    public record CouncilSpec(String gssCode, long population, LocalDate validFrom, LocalDate validTo) {

        public CouncilSpec(String gssCode, long population) {
            this(gssCode, population, null, null);
        }

        /** It existed on at least one day of the period. */
        boolean existedDuring(String periodType, String period) {
            LocalDate[] days = days(periodType, period);
            return (validFrom == null || !days[1].isBefore(validFrom)) && (validTo == null || !days[0].isAfter(validTo));
        }
    }

    public record MetricSpec(String id, String unit, String periodType, BigDecimal min, BigDecimal max) {
    }

    private SyntheticDataset() {
    }

    /** The CSV for POST /data-returns: header council,metric,period,value,status,note. */
    public static String csv(List<CouncilSpec> councils, List<MetricSpec> metrics, long seed) {
        StringBuilder out = new StringBuilder("council,metric,period,value,status,note\n");
        for (CouncilSpec council : councils) {
            for (MetricSpec metric : metrics) {
                SplittableRandom random = new SplittableRandom(mix(seed, council.gssCode(), metric.id()));
                double standing = gaussian(random);
                double trend = 0.02 * gaussian(random);
                List<String> periods = periods(metric.periodType());
                for (int i = 0; i < periods.size(); i++) {
                    if (!council.existedDuring(metric.periodType(), periods.get(i))) {
                        continue;
                    }
                    double t = (double) i / Math.max(1, periods.size() / YEARS);
                    double value = "population".equals(metric.id())
                            ? council.population() * Math.pow(1.006, t)
                            : centre(metric, council) * (1 + 0.25 * standing) * (1 + trend * t) * (1 + 0.01 * gaussian(random));
                    out.append(council.gssCode()).append(',').append(metric.id()).append(',').append(periods.get(i)).append(',')
                            .append(clamp(value, metric).toPlainString()).append(",FINAL,").append(NOTE).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The five latest years of a period type, oldest first; quarters: twenty. */
    static List<String> periods(String periodType) {
        List<String> periods = new ArrayList<>();
        for (int year = NEWEST_YEAR - YEARS + 1; year <= NEWEST_YEAR; year++) {
            String financial = year + "/" + String.format("%02d", (year + 1) % 100);
            switch (periodType) {
                case "CALENDAR_YEAR" -> periods.add(Integer.toString(year));
                case "QUARTER" -> {
                    for (int q = 1; q <= 4; q++) {
                        periods.add(financial + " Q" + q);
                    }
                }
                default -> periods.add(financial);
            }
        }
        return periods;
    }

    /** The first and last day of a period: 2020/21 (1 April to 31 March), 2020/21 Q2, 2020. */
    static LocalDate[] days(String periodType, String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        LocalDate first = switch (periodType) {
            case "CALENDAR_YEAR" -> LocalDate.of(year, 1, 1);
            case "QUARTER" -> LocalDate.of(year, 4, 1).plusMonths(3L * (period.charAt(period.length() - 1) - '1'));
            default -> LocalDate.of(year, 4, 1);
        };
        LocalDate last = ("QUARTER".equals(periodType) ? first.plusMonths(3) : first.plusYears(1)).minusDays(1);
        return new LocalDate[] {first, last};
    }

    private static double centre(MetricSpec metric, CouncilSpec council) {
        double people = Math.max(council.population(), 1);
        return switch (metric.unit()) {
            case "PERCENTAGE" -> 50;
            case "GBP_THOUSANDS" -> people * 0.9; // about 900 pounds a head, in thousands
            case "GBP_PER_HEAD" -> 600;
            case "GBP" -> 32_000;
            case "COUNT" -> people / 10;
            case "DAYS" -> 20;
            case "RATE_PER_1000", "RATE_PER_10000", "RATE_PER_100000" -> 40;
            case "SCORE" -> 25;
            case "RATIO" -> 1.5;
            case "YEARS" -> 80;
            default -> 100;
        };
    }

    private static BigDecimal clamp(double value, MetricSpec metric) {
        BigDecimal v = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (metric.min() != null && v.compareTo(metric.min()) < 0) {
            v = metric.min();
        }
        if (metric.max() != null && v.compareTo(metric.max()) > 0) {
            v = metric.max();
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v.stripTrailingZeros();
    }

    /** String.hashCode is defined by the Java spec, so the seed is the same on every JVM. */
    static long mix(long seed, String council, String metric) {
        return (seed * 1_000_003L + council.hashCode()) * 1_000_003L + metric.hashCode();
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian of its own before Java 17's RandomGenerator default.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
