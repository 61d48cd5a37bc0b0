package uk.gov.lga.platform.lginform.domain.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which periods of a metric are open, and which is its latest: the rules that keep one stray value from moving a
 * metric's "latest" for every council (README, "Periods").
 * <ul>
 * <li><b>Open</b>: a period that has begun by today (the current one or an earlier one), or, where the metric allows
 * forecasts, the next one too. {@code 9999/00} is never open, so no council can store it.</li>
 * <li><b>Latest</b>: the newest open period with a published value. A value stored for a later period before this
 * rule existed is ignored, and a council reporting the current period early moves "latest" only to a period that has
 * begun for everyone. (Counting councils per period was weighed and left: after a reorganisation a period is rightly
 * reported by far fewer councils, e.g. one North Yorkshire for eight.)</li>
 * </ul>
 */
public final class PeriodWindow {

    private PeriodWindow() {
    }

    /** Whether a value may be reported for this well-formed period of the metric today. */
    public static boolean isOpen(Metric metric, String period, LocalDate today) {
        PeriodType type = metric.periodType;
        LocalDate starts = type.firstDay(metric.forecasts ? type.previous(period) : period);
        return !starts.isAfter(today);
    }

    /** What {@link #isOpen} refuses, said for a problem. */
    public static String closedReason(Metric metric, String period) {
        return "'" + period + "' has not begun yet: metric '" + metric.id + "' takes values up to the current period"
                + (metric.forecasts ? " and the next one (forecasts)" : "");
    }

    /** The metric's latest period, of the periods it has published values for. */
    public static Optional<String> latest(Metric metric, Collection<String> periods, LocalDate today) {
        return newest(metric, periods, 1, today).stream().findFirst();
    }

    /** The {@code count} newest open periods of those given, newest first. */
    public static List<String> newest(Metric metric, Collection<String> periods, int count, LocalDate today) {
        return periods.stream()
                .filter(p -> metric.periodType.accepts(p) && isOpen(metric, p, today))
                .sorted(Comparator.reverseOrder())
                .limit(count)
                .toList();
    }
}
