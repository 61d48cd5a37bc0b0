package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.earlysight.EarlyValue;

import java.math.BigDecimal;
import java.time.Instant;

/** An early-sight value not yet released: {@code group} is the custom group it is shared with until {@code releaseAt}. */
@Schema(name = "EarlyValue", description = "An early-sight value not yet released: shared with group until releaseAt.")
public record EarlyValueView(
        @Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String councilCode,
        @Schema(description = "The council's name.", required = true, maxLength = Formats.NAME_LENGTH, examples = "Leeds")
        String councilName,
        @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves") String metric,
        @Schema(description = "The period.", required = true, pattern = Formats.PERIOD, maxLength = Formats.PERIOD_LENGTH,
                examples = "2025/26 Q1") String period,
        @Schema(description = "The value.", required = true, examples = "183400") BigDecimal value,
        @Schema(description = "PROVISIONAL or FINAL.", required = true, pattern = Formats.UPPER_NAME,
                maxLength = Formats.UPPER_NAME_LENGTH, examples = "PROVISIONAL") String status,
        @Schema(description = "The revision.", required = true, minimum = "1", maximum = Formats.MAX_INT, examples = "1")
        int revision,
        @Schema(description = "The council's note; null when none.", nullable = true, maxLength = Formats.NOTE_LENGTH)
        String note,
        @Schema(description = "The custom group it is shared with.", required = true, pattern = "^custom:\\d{1,18}$",
                maxLength = 25, examples = "custom:12") String group,
        @Schema(description = "When it is published.", required = true, examples = "2025-09-01T09:00:00Z") Instant releaseAt) {

    static EarlyValueView of(EarlyValue v) {
        return new EarlyValueView(v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(),
                v.revision(), v.note(), v.group().toString(), v.releaseAt());
    }
}
