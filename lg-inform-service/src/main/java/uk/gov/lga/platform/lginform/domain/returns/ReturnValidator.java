package uk.gov.lga.platform.lginform.domain.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.values.ValueKey;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks submitted values against the catalogue and the register, naming every problem at once. */
@ApplicationScoped
public class ReturnValidator {

    /** The most a single value may hold: NUMERIC(20, 4). */
    static final BigDecimal LARGEST = new BigDecimal("9999999999999999.9999");
    static final int NOTE_LENGTH = 1000;

    private static final Pattern POSITION = Pattern.compile("^(?:line |values\\[)(\\d+)");

    private final CouncilService councils;
    private final MetricService catalogue;

    @Inject
    public ReturnValidator(CouncilService councils, MetricService catalogue) {
        this.councils = councils;
        this.catalogue = catalogue;
    }

    public void check(ReturnedValues returned, boolean namesCouncils) {
        List<ReturnedValue> values = returned.values();
        if (values.isEmpty() && returned.unreadable().isEmpty()) {
            throw ProblemException.badRequest("The return holds no values.");
        }
        Map<String, Metric> metrics = catalogue.all();
        Set<String> known = namesCouncils ? councils.codes() : Set.of();
        List<Problem.FieldError> errors = new ArrayList<>(returned.unreadable());
        Set<ValueKey> seen = new HashSet<>(values.size() * 2);
        // A return names few distinct periods many times over: each is checked once per period type.
        Map<PeriodType, Map<String, Boolean>> periodChecks = new EnumMap<>(PeriodType.class);
        for (ReturnedValue v : values) {
            if (namesCouncils && !known.contains(v.council())) {
                errors.add(new Problem.FieldError(v.field("council"), "unknown council '" + v.council() + "'"));
            }
            Metric metric = metrics.get(v.metric());
            if (metric == null) {
                errors.add(new Problem.FieldError(v.field("metric"), "unknown metric '" + v.metric() + "'"));
                continue;
            }
            if (metric.discontinued) {
                errors.add(new Problem.FieldError(v.field("metric"), "metric '" + v.metric() + "' is discontinued"));
            }
            if (!periodChecks.computeIfAbsent(metric.periodType, t -> new HashMap<>())
                    .computeIfAbsent(v.period(), metric.periodType::accepts)) {
                errors.add(new Problem.FieldError(v.field("period"), "'" + v.period() + "' is not "
                        + metric.periodType.example() + " as metric '" + metric.id + "' needs"));
            }
            if (v.value().abs().compareTo(LARGEST) > 0 || (v.value().scale() > 4 && v.value().stripTrailingZeros().scale() > 4)) {
                errors.add(new Problem.FieldError(v.field("value"), "must have at most 16 digits before and 4 after the point"));
            } else if (!metric.inRange(v.value())) {
                errors.add(new Problem.FieldError(v.field("value"), "must be " + metric.rangeText() + " for metric '"
                        + metric.id + "'"));
            }
            if (v.note() != null && v.note().length() > NOTE_LENGTH) {
                errors.add(new Problem.FieldError(v.field("note"), "is longer than " + NOTE_LENGTH + " characters"));
            }
            if (!seen.add(new ValueKey(v.council(), metric.id, v.period()))) {
                errors.add(new Problem.FieldError(v.at(), "metric '" + metric.id + "' for " + v.period()
                        + (namesCouncils ? " and council " + v.council() : "") + " appears more than once"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(e -> position(e.field())));
            throw ProblemException.invalid("The data return was not accepted: " + errors.size()
                    + " problem(s) found. Nothing was stored.", errors);
        }
    }

    /** Errors are listed in the order of the request: by line (CSV) or index (JSON). */
    private static long position(String field) {
        Matcher m = POSITION.matcher(field);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
