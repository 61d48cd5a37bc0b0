package uk.gov.lga.platform.lginform.domain.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which published values a reader asked for, resolved: metric ids (empty = every metric), council
 * codes (empty = every council) and, per metric, the periods wanted (absent = every period).
 * {@code predecessorOf} names, for each council added only as a predecessor of one asked for, that successor.
 */
public record ValueFilter(List<String> metrics, List<String> councils, Map<String, List<String>> periodsByMetric,
                          boolean everyPeriod, Map<String, String> predecessorOf) {

    public ValueFilter {
        metrics = List.copyOf(metrics);
        councils = List.copyOf(councils);
        periodsByMetric = Map.copyOf(periodsByMetric);
        predecessorOf = Map.copyOf(predecessorOf);
    }

    public ValueFilter(List<String> metrics, List<String> councils, Map<String, List<String>> periodsByMetric,
                       boolean everyPeriod) {
        this(metrics, councils, periodsByMetric, everyPeriod, Map.of());
    }

    /** The same values, and those of these predecessors (each with the successor it was asked for through). */
    public ValueFilter withPredecessors(Map<String, String> successorOfPredecessor) {
        List<String> all = new ArrayList<>(councils);
        successorOfPredecessor.keySet().stream().filter(p -> !councils.contains(p)).forEach(all::add);
        return new ValueFilter(metrics, all, periodsByMetric, everyPeriod, successorOfPredecessor);
    }

    /** A stable text of the filter, for ETags. */
    public String fingerprint() {
        return metrics + "|" + councils + "|" + new TreeMap<>(periodsByMetric) + "|" + everyPeriod;
    }
}
