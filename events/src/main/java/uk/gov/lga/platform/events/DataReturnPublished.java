package uk.gov.lga.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A council's data return was published by LG Inform: the values it changed, for one period.
 * Published on {@link Topics#LGINFORM_RETURNS}.
 */
public record DataReturnPublished(String councilCode, String period, long dataReturnId, int revision,
                                  String submittedBy, Instant submittedAt, List<Value> values)
        implements PlatformEvent {

    public static final String TYPE = "DataReturnPublished";

    public DataReturnPublished {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public record Value(String metric, String period, BigDecimal value) {
    }

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return councilCode;
    }
}
