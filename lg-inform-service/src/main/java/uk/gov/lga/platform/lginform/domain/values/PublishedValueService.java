package uk.gov.lga.platform.lginform.domain.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodWindow;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroup;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroupService;
import uk.gov.lga.platform.lginform.persistence.PublishedValueRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Published values for readers (values, open data): the filter every reader shares, pages in key order, the
 * whole set streamed, its version for ETags, and the change feed.
 */
@ApplicationScoped
public class PublishedValueService {

    static final Pattern LATEST = Pattern.compile("latest(?::(\\d{1,2}))?");
    static final int MOST_PERIODS = 20;
    static final Pattern PERIOD = Pattern.compile("\\d{4}(/\\d{2})?( Q[1-4])?");

    private final CouncilService councils;
    private final MetricService catalogue;
    private final ComparisonGroupService groups;
    private final PublishedValueRepository repository;
    private final Clock clock;

    @Inject
    public PublishedValueService(CouncilService councils, MetricService catalogue, ComparisonGroupService groups,
                                 PublishedValueRepository repository, Clock clock) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.groups = groups;
        this.repository = repository;
        this.clock = clock;
    }

    /** The metric's {@code count} newest periods with published values, newest first: open periods only ({@link PeriodWindow}). */
    public List<String> newestPeriods(Metric metric, int count) {
        return PeriodWindow.newest(metric, repository.periodsOf(metric.id), count, LocalDate.now(clock));
    }

    /**
     * Reads the query parameters every value reader shares: {@code metric} (a list), {@code area} (a council
     * code, a list of codes, or a comparison group id the caller may see) and {@code period} (ids, {@code latest}
     * or {@code latest:N}). Every problem is named by its parameter.
     */
    public ValueFilter filter(List<String> metricParams, String area, List<String> periodParams, Caller caller) {
        List<String> metrics = split(metricParams);
        List<String> periods = split(periodParams);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> known = catalogue.all().keySet();
        for (String m : metrics) {
            if (!known.contains(m)) {
                errors.add(new Problem.FieldError("metric", "unknown metric '" + m + "'"));
            }
        }
        List<String> members = area == null || area.isBlank() ? List.of() : members(area.trim(), caller, errors);
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
                byMetric.put(m, newestPeriods(catalogue.all().get(m), newest));
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

    /**
     * As {@link #filter(List, String, List, Caller)}; with {@code predecessors}, the councils asked for bring the
     * councils they replaced (at any depth), whose values are marked with the successor they were asked through.
     */
    public ValueFilter filter(List<String> metricParams, String area, List<String> periodParams, boolean predecessors,
                              Caller caller) {
        ValueFilter filter = filter(metricParams, area, periodParams, caller);
        if (!predecessors || filter.councils().isEmpty()) {
            return filter;
        }
        Map<String, String> predecessorOf = new LinkedHashMap<>();
        for (String council : filter.councils()) {
            councils.succession().allPredecessorsOf(council).stream().filter(p -> !filter.councils().contains(p))
                    .forEach(p -> predecessorOf.putIfAbsent(p, council));
        }
        return filter.withPredecessors(predecessorOf);
    }

    /** One page in key order, starting after the key of the last value of the previous page, or from the start. */
    public List<PublishedValue> page(ValueFilter filter, ValueKey after, int limit) {
        return repository.page(filter, after, limit);
    }

    /** Every matching value in key order, without holding the whole set in memory. */
    public void each(ValueFilter filter, Consumer<PublishedValue> row) {
        repository.each(filter, row);
    }

    /** Every matching value as CSV with a header row, straight from PostgreSQL to {@code out}. */
    public void copyCsv(ValueFilter filter, OutputStream out) {
        repository.copyCsv(filter, out);
    }

    /** What changes whenever a matching value is published or revised: for ETags. */
    public String version(ValueFilter filter) {
        return repository.version(filter);
    }

    /** Values published or revised after the change sequence number, oldest change first. */
    public List<PublishedValue> changesSince(long since, int limit) {
        return repository.changesSince(since, limit);
    }

    private List<String> members(String area, Caller caller, List<Problem.FieldError> errors) {
        List<String> codes = Arrays.stream(area.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (codes.stream().allMatch(GssCode::isValid)) {
            Set<String> register = councils.codes();
            codes.stream().filter(c -> !register.contains(c))
                    .forEach(c -> errors.add(new Problem.FieldError("area", "unknown council '" + c + "'")));
            return codes;
        }
        return groups.find(area, caller).map(ComparisonGroup::members).orElseGet(() -> {
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
