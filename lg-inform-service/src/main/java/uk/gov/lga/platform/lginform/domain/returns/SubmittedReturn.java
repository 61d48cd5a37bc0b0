package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.lginform.domain.values.StoredValue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A stored return and the values it stored, each with its revision. */
public record SubmittedReturn(DataReturn dataReturn, List<StoredValue> values) {

    /** Each of the returns with its own values, in the order of the returns. */
    static List<SubmittedReturn> each(Collection<DataReturn> returns, List<StoredValue> values) {
        Map<Long, List<StoredValue>> byReturn = values.stream()
                .collect(Collectors.groupingBy(StoredValue::dataReturnId, LinkedHashMap::new, Collectors.toList()));
        return returns.stream().map(r -> new SubmittedReturn(r, byReturn.getOrDefault(r.id, List.of()))).toList();
    }
}
