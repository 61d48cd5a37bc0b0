package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.values.PublishedValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published value as JSON readers get it, at the precision it was published with. {@code predecessorOf} is set
 * only on a value read with {@code predecessors=true} whose council is a predecessor of one asked for.
 */
@Schema(description = "A published value, at the precision it was published with.")
public record ValueView(
        @Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String councilCode,
        @Schema(description = "The council's name.", required = true, maxLength = Formats.NAME_LENGTH, examples = "Leeds")
        String councilName,
        @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves") String metric,
        @Schema(description = "The period.", required = true, pattern = Formats.PERIOD, maxLength = Formats.PERIOD_LENGTH,
                examples = "2024/25") String period,
        @Schema(description = "The value, as published.", required = true, examples = "183400") BigDecimal value,
        @Schema(description = "PROVISIONAL or FINAL.", required = true, pattern = Formats.UPPER_NAME,
                maxLength = Formats.UPPER_NAME_LENGTH, examples = "FINAL") String status,
        @Schema(description = "1 for the first report of the value, then one more for each revision.", required = true,
                minimum = "1", maximum = Formats.MAX_INT, examples = "1") int revision,
        @Schema(description = "When this revision was published.", required = true, examples = "2025-05-01T09:30:00Z")
        Instant publishedAt,
        @Schema(description = "The council's note on the value; null when none.", nullable = true,
                maxLength = Formats.NOTE_LENGTH, examples = "Revised after audit") String note,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Set on a predecessor's value when asked with predecessors=true: the GSS code "
                + "of the successor asked for, whose series this value continues backwards", pattern = Formats.GSS_CODE,
                maxLength = Formats.GSS_CODE_LENGTH, examples = "E06000065") String predecessorOf) {

    /** The schema of a page of values as /values sends it (a {@link uk.gov.lga.platform.support.api.Page}). */
    @Schema(name = "PageValueView")
    record Page(List<ValueView> items, String next) {
    }

    static ValueView of(PublishedValue v) {
        return of(v, null);
    }

    static ValueView of(PublishedValue v, String predecessorOf) {
        return new ValueView(v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(), v.revision(),
                v.publishedAt(), v.note(), predecessorOf);
    }

    /** A change in the open-data feed: the value as it now stands, with its place in the feed. */
    @Schema(name = "ValueChange", description = "A value as it now stands, with its place in the change feed.")
    public record Change(
            @Schema(description = "Its place in the feed: a later change has a larger number.", required = true,
                    minimum = "1", maximum = Formats.MAX_LONG, examples = "1842") long changeSeq,
            @Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                    maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String councilCode,
            @Schema(description = "The council's name.", required = true, maxLength = Formats.NAME_LENGTH, examples = "Leeds")
            String councilName,
            @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                    maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves") String metric,
            @Schema(description = "The period.", required = true, pattern = Formats.PERIOD,
                    maxLength = Formats.PERIOD_LENGTH, examples = "2024/25") String period,
            @Schema(description = "The value, as published.", required = true, examples = "183400") BigDecimal value,
            @Schema(description = "PROVISIONAL or FINAL.", required = true, pattern = Formats.UPPER_NAME,
                    maxLength = Formats.UPPER_NAME_LENGTH, examples = "FINAL") String status,
            @Schema(description = "The revision it now stands at.", required = true, minimum = "1",
                    maximum = Formats.MAX_INT, examples = "2") int revision,
            @Schema(description = "When this revision was published.", required = true, examples = "2025-05-01T09:30:00Z")
            Instant publishedAt,
            @Schema(description = "The council's note; null when none.", nullable = true, maxLength = Formats.NOTE_LENGTH,
                    examples = "Revised after audit") String note) {

        static Change of(PublishedValue v) {
            return new Change(v.changeSeq(), v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(),
                    v.revision(), v.publishedAt(), v.note());
        }
    }
}
