package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.returns.DataReturn;
import uk.gov.lga.platform.lginform.domain.returns.SubmittedReturn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored data return and the values it carried, each with the revision it became. */
public record DataReturnView(long id, String councilCode, String source, String submittedBy, Instant submittedAt,
                             int valueCount, EarlySightView earlySight, List<Value> values) {

    /** Shared with a custom group until releaseAt; releasedAt once published. */
    public record EarlySightView(String group, Instant releaseAt, Instant releasedAt) {

        static EarlySightView of(DataReturn r) {
            return r.earlySightGroupId == null ? null
                    : new EarlySightView(GroupId.custom(r.earlySightGroupId).toString(), r.releaseAt, r.releasedAt);
        }
    }

    public record Value(String metric, String period, BigDecimal value, int revision, String status, String note) {
    }

    static DataReturnView of(SubmittedReturn s) {
        DataReturn r = s.dataReturn();
        return new DataReturnView(r.id, r.councilCode, r.source.name(), r.submittedBy, r.submittedAt, r.valueCount,
                EarlySightView.of(r), s.values().stream()
                .map(v -> new Value(v.metric(), v.period(), v.value(), v.revision(), v.status().name(), v.note())).toList());
    }

    /** The return without its values, for lists. */
    public record Summary(long id, String councilCode, String source, String submittedBy, Instant submittedAt,
                          int valueCount) {

        static Summary of(DataReturn r) {
            return new Summary(r.id, r.councilCode, r.source.name(), r.submittedBy, r.submittedAt, r.valueCount);
        }
    }

    /** What a national dataset stored: one return per council. */
    public record NationalDataset(int valueCount, List<Summary> returns) {

        static NationalDataset of(List<SubmittedReturn> submitted) {
            return new NationalDataset(submitted.stream().mapToInt(s -> s.values().size()).sum(),
                    submitted.stream().map(s -> Summary.of(s.dataReturn())).toList());
        }
    }
}
