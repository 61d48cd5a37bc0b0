package uk.gov.lga.platform.lginform.domain.values;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which published values a reader asked for, resolved: metric ids (empty = every metric), council
 * codes (empty = every council) and, per metric, the periods wanted (absent = every period).
 */
public record ValueFilter(List<String> metrics, List<String> councils, Map<String, List<String>> periodsByMetric,
                          boolean everyPeriod) {

    public ValueFilter {
        metrics = List.copyOf(metrics);
        councils = List.copyOf(councils);
        periodsByMetric = Map.copyOf(periodsByMetric);
    }

    /** A stable text of the filter, for ETags. */
    public String fingerprint() {
        return metrics + "|" + councils + "|" + new TreeMap<>(periodsByMetric) + "|" + everyPeriod;
    }
}
