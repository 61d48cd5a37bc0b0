package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.lginform.domain.values.StoredValue;
import uk.gov.lga.platform.lginform.domain.values.ValueStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The returns one submission creates, one per council, by id in council order, and their values staged for numbering. */
public record NewReturns(Map<Long, DataReturn> returns, List<StagedValue> staged) {

    /** Persists one return per council; a value without a status is final. */
    public static NewReturns persist(Map<String, List<ReturnedValue>> byCouncil, DataReturn.Source source,
                                     String submittedBy, EarlySight earlySight, Instant now) {
        Map<Long, DataReturn> returns = new LinkedHashMap<>();
        List<StagedValue> staged = new ArrayList<>();
        byCouncil.forEach((council, values) -> {
            DataReturn r = new DataReturn();
            r.councilCode = council;
            r.source = source;
            r.submittedBy = submittedBy;
            r.submittedAt = now;
            r.valueCount = values.size();
            if (earlySight != null) {
                r.earlySightGroupId = earlySight.groupId();
                r.releaseAt = earlySight.releaseAt();
            }
            r.persist();
            returns.put(r.id, r);
            for (ReturnedValue v : values) {
                staged.add(new StagedValue(r.id, council, v.metric(), v.period(), v.value(),
                        v.status() == null ? ValueStatus.FINAL : v.status(), v.note()));
            }
        });
        return new NewReturns(returns, staged);
    }

    /** Each return with the values stored for it, in the order the returns were created. */
    public List<SubmittedReturn> with(List<StoredValue> values) {
        return SubmittedReturn.each(returns.values(), values);
    }
}
