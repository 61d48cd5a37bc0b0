package uk.gov.lga.platform.lginform.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.values.ValueStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A data return in JSON. {@code period} is the default for values that name none; {@code council}
 * is required on each value of a national dataset and not allowed in a council's own return.
 */
public record DataReturnRequest(
        @Size(max = 12) String period,
        @NotEmpty @Size(max = DataReturnLimits.MAX_VALUES) List<@NotNull @Valid Value> values) {

    public record Value(@Size(max = 9) String council,
                        @NotBlank @Size(max = 80) String metric,
                        @Size(max = 12) String period,
                        @NotNull BigDecimal value,
                        ValueStatus status,
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
