package uk.gov.lga.platform.lginform.domain.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodWindow;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.councils.Geography;
import uk.gov.lga.platform.lginform.domain.values.ValueKey;
import uk.gov.lga.platform.support.edge.Numbers;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks submitted values against the catalogue and the register, naming every problem at once: among them a value
 * for a period in which its council did not exist (before its first day or after its last).
 */
@ApplicationScoped
public class ReturnValidator {

    static final int NOTE_LENGTH = 1000;

    private static final Pattern POSITION = Pattern.compile("^(?:line |values\\[)(\\d+)");

    private final CouncilService councils;
    private final MetricService catalogue;
    private final Clock clock;

    @Inject
    public ReturnValidator(CouncilService councils, MetricService catalogue, Clock clock) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Checks a council's own return ({@code council} its code) or a national dataset ({@code council} null: each
     * value names its council).
     */
    public void check(ReturnedValues returned, GssCode council) {
        boolean namesCouncils = council == null;
        List<ReturnedValue> values = returned.values();
        if (values.isEmpty() && returned.unreadable().isEmpty()) {
            throw ProblemException.badRequest("The return holds no values.");
        }
        Map<String, Metric> metrics = catalogue.all();
        LocalDate today = LocalDate.now(clock);
        Set<String> known = namesCouncils ? councils.codes() : Set.of();
        List<Problem.FieldError> errors = new ArrayList<>(returned.unreadable());
        Set<ValueKey> seen = new HashSet<>(values.size() * 2);
        // A return names few distinct periods many times over: each is checked once per period type.
        Map<PeriodType, Map<String, Optional<Geography>>> periodChecks = new EnumMap<>(PeriodType.class);
        for (ReturnedValue v : values) {
            String councilCode = namesCouncils ? v.council() : council.value();
            boolean knownCouncil = !namesCouncils || known.contains(councilCode);
            if (!knownCouncil) {
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
            PeriodType type = metric.periodType;
            Optional<Geography> period = periodChecks.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(v.period(),
                    p -> type.accepts(p) ? Optional.of(Geography.of(type, p)) : Optional.empty());
            if (period.isEmpty()) {
                errors.add(new Problem.FieldError(v.field("period"), "'" + v.period() + "' is not "
                        + type.example() + " as metric '" + metric.id + "' needs"));
            } else if (!PeriodWindow.isOpen(metric, v.period(), today)) {
                errors.add(new Problem.FieldError(v.field("period"), PeriodWindow.closedReason(metric, v.period())));
            } else if (knownCouncil && !councils.existedDuring(councilCode, period.get())) {
                errors.add(new Problem.FieldError(v.field("period"), "council " + councilCode + " did not exist during "
                        + v.period() + " (" + period.get().from() + " to " + period.get().to() + "): it existed "
                        + councils.lifespanOf(councilCode).describe()));
            }
            if (Numbers.bounded(v.value()) == null) {
                errors.add(new Problem.FieldError(v.field("value"), Numbers.BOUNDS));
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
