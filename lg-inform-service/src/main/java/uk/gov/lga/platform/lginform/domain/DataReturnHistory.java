package uk.gov.lga.platform.lginform.domain;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.List;

/** Reads the returns a council has submitted, and the values each carried. */
@ApplicationScoped
public class DataReturnHistory {

    public record StoredReturn(DataReturn dataReturn, List<DataValue> values) {
    }

    public List<DataReturn> returnsOf(String councilCode, Long before, int limit) {
        String query = before == null ? "councilCode = :council" : "councilCode = :council and id < :before";
        Parameters params = Parameters.with("council", councilCode);
        if (before != null) {
            params.and("before", before);
        }
        return DataReturn.<DataReturn>find(query, Sort.descending("id"), params).page(0, limit).list();
    }

    public StoredReturn returnOf(String councilCode, long id) {
        DataReturn r = DataReturn.<DataReturn>find("id = ?1 and councilCode = ?2", id, councilCode).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Council " + councilCode + " has no data return " + id + "."));
        return new StoredReturn(r, DataValue.<DataValue>find("dataReturnId", Sort.by("id"), r.id).list());
    }
}
