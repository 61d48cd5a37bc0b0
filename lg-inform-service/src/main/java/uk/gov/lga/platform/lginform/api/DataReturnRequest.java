package uk.gov.lga.platform.lginform.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.values.ValueStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A data return in JSON. {@code period} is the default for values that name none; {@code council}
 * is required on each value of a national dataset and not allowed in a council's own return.
 */
@Schema(description = "A data return: values for metrics and periods; period is the default for values that "
        + "name none. In a national dataset each value names its council; in a council's own return none does.")
public record DataReturnRequest(
        @Schema(description = "The period of values that name none.", pattern = Formats.PERIOD,
                maxLength = Formats.PERIOD_LENGTH, examples = "2024/25")
        @Size(max = 12) String period,
        @Schema(description = "The values, at least one.", required = true, minItems = 1,
                maxItems = DataReturnLimits.MAX_VALUES)
        @NotEmpty @Size(max = DataReturnLimits.MAX_VALUES) List<@NotNull @Valid Value> values) {

    @Schema(name = "ReturnedValue", description = "One value of a return.")
    public record Value(@Schema(description = "National datasets only: the council's GSS code.", pattern = Formats.GSS_CODE,
                                maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035")
                        @Size(max = 9) String council,
                        @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                                maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves")
                        @NotBlank @Size(max = 80) String metric,
                        @Schema(description = "Its period, when not the return's.", pattern = Formats.PERIOD,
                                maxLength = Formats.PERIOD_LENGTH, examples = "2024/25")
                        @Size(max = 12) String period,
                        @Schema(description = "The value, within the metric's range, with at most the metric's "
                                + "precision.", required = true, examples = "183400")
                        @NotNull BigDecimal value,
                        @Schema(description = "PROVISIONAL (default) or FINAL.", examples = "PROVISIONAL")
                        ValueStatus status,
                        @Schema(description = "A note for readers of the value.", maxLength = Formats.NOTE_LENGTH,
                                examples = "Before audit")
                        @Size(max = 1000) String note) {
    }

    /** The values in submission order, each knowing its index for error messages. */
    List<ReturnedValue> returnedValues() {
        List<ReturnedValue> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            out.add(new ReturnedValue("values[" + i + "]", v.council(), v.metric(), v.period() == null ? period : v.period(),
                    v.value(), v.status(), v.note()));
        }
        return out;
    }
}
