package uk.gov.lga.platform.lginform.domain.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.lginform.domain.CouncilRegister;
import uk.gov.lga.platform.lginform.domain.Metric;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroups;
import uk.gov.lga.platform.lginform.persistence.PublishedValues;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the query parameters every value reader shares: {@code metric} (a list), {@code area} (a
 * council code, a list of codes, or a comparison group id) and {@code period} (ids, {@code latest}
 * or {@code latest:N}). Every problem is named by its parameter.
 */
@ApplicationScoped
public class ValueFilters {

    static final Pattern GSS = Pattern.compile("[ENSW]\\d{8}");
    static final Pattern LATEST = Pattern.compile("latest(?::(\\d{1,2}))?");
    static final int MOST_PERIODS = 20;
    static final Pattern PERIOD = Pattern.compile("\\d{4}(/\\d{2})?( Q[1-4])?");

    @Inject
    CouncilRegister councils;

    @Inject
    ComparisonGroups groups;

    @Inject
    PublishedValues published;

    public ValueFilter resolve(List<String> metricParams, String area, List<String> periodParams) {
        List<String> metrics = split(metricParams);
        List<String> periods = split(periodParams);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> known = Metric.<Metric>streamAll().map(m -> m.id).collect(java.util.stream.Collectors.toSet());
        for (String m : metrics) {
            if (!known.contains(m)) {
                errors.add(new Problem.FieldError("metric", "unknown metric '" + m + "'"));
            }
        }
        List<String> members = area == null || area.isBlank() ? List.of() : members(area.trim(), errors);
        Matcher latest = periods.size() == 1 ? LATEST.matcher(periods.get(0)) : null;
        int newest = 0;
        if (latest != null && latest.matches()) {
            newest = latest.group(1) == null ? 1 : Integer.parseInt(latest.group(1));
            if (newest < 1 || newest > MOST_PERIODS) {
                errors.add(new Problem.FieldError("period", "latest:N takes N from 1 to " + MOST_PERIODS));
            }
        }
        if (latest == null || !latest.matches()) {
            periods.stream().filter(p -> !PERIOD.matcher(p).matches()).forEach(p -> errors.add(new Problem.FieldError(
                    "period", "'" + p + "' is not a period (2024/25, 2024/25 Q1, 2024), latest or latest:N")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The query has invalid parameters.", errors);
        }
        Map<String, List<String>> byMetric = new LinkedHashMap<>();
        if (newest > 0) {
            List<String> forMetrics = metrics.isEmpty() ? List.copyOf(known) : metrics;
            for (String m : forMetrics) {
                byMetric.put(m, published.newestPeriods(m, newest));
            }
            return new ValueFilter(forMetrics, members, byMetric, false);
        }
        if (periods.isEmpty()) {
            return new ValueFilter(metrics, members, Map.of(), true);
        }
        List<String> forMetrics = metrics.isEmpty() ? List.copyOf(known) : metrics;
        forMetrics.forEach(m -> byMetric.put(m, periods));
        return new ValueFilter(forMetrics, members, byMetric, false);
    }

    private List<String> members(String area, List<Problem.FieldError> errors) {
        List<String> codes = Arrays.stream(area.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (codes.stream().allMatch(c -> GSS.matcher(c).matches())) {
            Set<String> register = councils.codes();
            codes.stream().filter(c -> !register.contains(c))
                    .forEach(c -> errors.add(new Problem.FieldError("area", "unknown council '" + c + "'")));
            return codes;
        }
        return groups.find(area).map(g -> g.members()).orElseGet(() -> {
            errors.add(new Problem.FieldError("area", "'" + area + "' is neither council codes nor a comparison group id"));
            return List.of();
        });
    }

    private static List<String> split(List<String> params) {
        if (params == null) {
            return List.of();
        }
        return params.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
