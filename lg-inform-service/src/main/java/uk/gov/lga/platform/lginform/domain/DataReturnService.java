package uk.gov.lga.platform.lginform.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.Topics;
import uk.gov.lga.platform.support.outbox.Outbox;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accepts a council's data return whole or not at all: every value is checked against the metric
 * catalogue first, and the return, its values and its DataReturnPublished event commit together.
 */
@ApplicationScoped
public class DataReturnService {

    static final String SOURCE = "lg-inform-service";

    @Inject
    CouncilRegister councils;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    @Transactional
    public DataReturn submit(String councilCode, String period, List<ReturnedValue> values, String submittedBy) {
        councils.require(councilCode);
        validate(period, values);

        DataReturn dataReturn = new DataReturn();
        dataReturn.councilCode = councilCode;
        dataReturn.period = period;
        dataReturn.revision = DataReturn.nextRevision(councilCode, period);
        dataReturn.submittedBy = submittedBy;
        dataReturn.submittedAt = Instant.now(clock);
        for (ReturnedValue v : values) {
            DataValue value = new DataValue();
            value.dataReturn = dataReturn;
            value.councilCode = councilCode;
            value.metricId = v.metric();
            value.period = v.period() == null ? period : v.period();
            value.value = v.value();
            dataReturn.values.add(value);
        }
        dataReturn.persist();

        outbox.record(Topics.LGINFORM_RETURNS, EventEnvelope.wrap(published(dataReturn), SOURCE, dataReturn.submittedAt));
        return dataReturn;
    }

    /** Collects every problem in the return at once, naming each value by its index. */
    void validate(String period, List<ReturnedValue> values) {
        Map<String, Metric> catalogue = Metric.<Metric>streamAll()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ReturnedValue v = values.get(i);
            String at = "values[" + i + "]";
            Metric metric = catalogue.get(v.metric());
            String valuePeriod = v.period() == null ? period : v.period();
            if (metric == null) {
                errors.add(new Problem.FieldError(at + ".metric", "unknown metric '" + v.metric() + "'"));
                continue;
            }
            if (metric.discontinued) {
                errors.add(new Problem.FieldError(at + ".metric", "metric '" + v.metric() + "' is discontinued"));
            }
            if (!metric.periodType.accepts(valuePeriod)) {
                errors.add(new Problem.FieldError(v.period() == null ? "period" : at + ".period",
                        "'" + valuePeriod + "' is not " + metric.periodType.example() + " as metric '" + metric.id + "' needs"));
            }
            if (!metric.inRange(v.value())) {
                errors.add(new Problem.FieldError(at + ".value", "must be " + metric.rangeText() + " for metric '"
                        + metric.id + "'"));
            }
            if (!seen.add(metric.id + "|" + valuePeriod)) {
                errors.add(new Problem.FieldError(at, "metric '" + metric.id + "' for " + valuePeriod
                        + " appears more than once in this return"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The data return was not accepted: " + errors.size()
                    + " value(s) are wrong. Nothing was stored.", errors);
        }
    }

    static DataReturnPublished published(DataReturn r) {
        return new DataReturnPublished(r.councilCode, r.period, r.id, r.revision, r.submittedBy, r.submittedAt,
                r.values.stream().map(v -> new DataReturnPublished.Value(v.metricId, v.period, v.value)).toList());
    }
}
