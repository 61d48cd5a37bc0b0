package uk.gov.lga.platform.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A council's data return was published by LG Inform: the values it changed, each with its period
 * and revision. Published on {@link Topics#LGINFORM_RETURNS}, keyed by council. On the wire the values
 * are grouped by period as compact tuples ({@link ValuesByPeriod}).
 */
public record DataReturnPublished(String councilCode, long dataReturnId, String source, String submittedBy,
                                  Instant submittedAt, Instant publishedAt,
                                  @JsonSerialize(using = ValuesByPeriod.Writer.class)
                                  @JsonDeserialize(using = ValuesByPeriod.Reader.class) List<Value> values)
        implements PlatformEvent {

    public static final String TYPE = "DataReturnPublished";

    public DataReturnPublished {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One published value; {@code status} is PROVISIONAL or FINAL. */
    public record Value(String metric, String period, BigDecimal value, int revision, String status) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.LGINFORM_RETURNS;
    }

    @Override
    public String subject() {
        return councilCode;
    }
}
