package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.DataReturn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored data return and the values it carried. */
public record DataReturnView(long id, String councilCode, String period, int revision, String submittedBy,
                             Instant submittedAt, List<Value> values) {

    public record Value(String metric, String period, BigDecimal value) {
    }

    static DataReturnView of(DataReturn r) {
        return new DataReturnView(r.id, r.councilCode, r.period, r.revision, r.submittedBy, r.submittedAt,
                r.values.stream().map(v -> new Value(v.metricId, v.period, v.value)).toList());
    }
}
