package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.returns.DataReturn;
import uk.gov.lga.platform.lginform.domain.returns.SubmittedReturn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored data return and the values it carried, each with the revision it became. */
@Schema(description = "A stored data return and the values it carried, each with the revision it became.")
public record DataReturnView(
        @Schema(description = "The return's id.", required = true, minimum = "1", maximum = Formats.MAX_LONG, examples = "1842")
        long id,
        @Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String councilCode,
        @Schema(description = "COUNCIL (the council's own return) or NATIONAL (from a national dataset).", required = true,
                pattern = Formats.UPPER_NAME, maxLength = Formats.UPPER_NAME_LENGTH, examples = "COUNCIL") String source,
        @Schema(description = "Who submitted it: the token's user name or client id.", required = true,
                pattern = Formats.CALLER_NAME, maxLength = Formats.CALLER_NAME_LENGTH, examples = "officer.leeds")
        String submittedBy,
        @Schema(description = "When it was stored.", required = true, examples = "2025-05-01T09:30:00Z") Instant submittedAt,
        @Schema(description = "How many values it carried.", required = true, minimum = "1",
                maximum = "1000000", examples = "2") int valueCount,
        @Schema(description = "Early sight: the group it is shared with until release; null when published at once.",
                nullable = true) EarlySightView earlySight,
        @Schema(description = "The values, in submission order.", required = true, maxItems = DataReturnLimits.MAX_VALUES)
        List<Value> values) {

    /** Shared with a custom group until releaseAt; releasedAt once published. */
    @Schema(name = "EarlySightView", description = "Shared with a custom group until releaseAt; releasedAt once published.")
    public record EarlySightView(
            @Schema(description = "The custom group it is shared with.", required = true, pattern = "^custom:\\d{1,18}$",
                    maxLength = 25, examples = "custom:12") String group,
            @Schema(description = "When it is published.", required = true, examples = "2025-09-01T09:00:00Z") Instant releaseAt,
            @Schema(description = "When it was published; null until then.", nullable = true, pattern = Formats.DATE_TIME, maxLength = 35,
                    examples = "2025-09-01T09:00:01Z") Instant releasedAt) {

        static EarlySightView of(DataReturn r) {
            return r.earlySightGroupId == null ? null
                    : new EarlySightView(GroupId.custom(r.earlySightGroupId).toString(), r.releaseAt, r.releasedAt);
        }
    }

    @Schema(name = "DataReturnValue", description = "A value as stored, with the revision it became.")
    public record Value(
            @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                    maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves") String metric,
            @Schema(description = "The period.", required = true, pattern = Formats.PERIOD,
                    maxLength = Formats.PERIOD_LENGTH, examples = "2024/25") String period,
            @Schema(description = "The value, as sent.", required = true, examples = "183400") BigDecimal value,
            @Schema(description = "1 for the first report, then one more for each revision.", required = true,
                    minimum = "1", maximum = Formats.MAX_INT, examples = "1") int revision,
            @Schema(description = "PROVISIONAL or FINAL.", required = true, pattern = Formats.UPPER_NAME,
                    maxLength = Formats.UPPER_NAME_LENGTH, examples = "PROVISIONAL") String status,
            @Schema(description = "The council's note; null when none.", nullable = true, maxLength = Formats.NOTE_LENGTH,
                    examples = "Before audit") String note) {
    }

    static DataReturnView of(SubmittedReturn s) {
        DataReturn r = s.dataReturn();
        return new DataReturnView(r.id, r.councilCode, r.source.name(), r.submittedBy, r.submittedAt, r.valueCount,
                EarlySightView.of(r), s.values().stream()
                .map(v -> new Value(v.metric(), v.period(), v.value(), v.revision(), v.status().name(), v.note())).toList());
    }

    /** The return without its values, for lists. */
    @Schema(name = "DataReturnSummary", description = "A data return without its values.")
    public record Summary(
            @Schema(description = "The return's id.", required = true, minimum = "1", maximum = Formats.MAX_LONG,
                    examples = "1842") long id,
            @Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String councilCode,
            @Schema(description = "COUNCIL or NATIONAL.", required = true, pattern = Formats.UPPER_NAME,
                    maxLength = Formats.UPPER_NAME_LENGTH, examples = "COUNCIL") String source,
            @Schema(description = "Who submitted it.", required = true, pattern = Formats.CALLER_NAME,
                    maxLength = Formats.CALLER_NAME_LENGTH, examples = "officer.leeds") String submittedBy,
            @Schema(description = "When it was stored.", required = true, examples = "2025-05-01T09:30:00Z") Instant submittedAt,
            @Schema(description = "How many values it carried.", required = true, minimum = "1", maximum = "1000000",
                    examples = "2") int valueCount) {

        static Summary of(DataReturn r) {
            return new Summary(r.id, r.councilCode, r.source.name(), r.submittedBy, r.submittedAt, r.valueCount);
        }
    }

    /** What a national dataset stored: one return per council. */
    @Schema(name = "NationalDatasetView", description = "What a national dataset stored: one return per council.")
    public record NationalDataset(
            @Schema(description = "How many values were stored.", required = true, minimum = "1", maximum = "1000000",
                    examples = "382") int valueCount,
            @Schema(description = "One return per council.", required = true, maxItems = DataReturnLimits.MAX_VALUES)
            List<Summary> returns) {

        static NationalDataset of(List<SubmittedReturn> submitted) {
            return new NationalDataset(submitted.stream().mapToInt(s -> s.values().size()).sum(),
                    submitted.stream().map(s -> Summary.of(s.dataReturn())).toList());
        }
    }
}
