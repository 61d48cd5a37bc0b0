package uk.gov.lga.platform.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A council's contextual data that feeds the nearest-neighbours model changed: the latest published
 * value of one or more weighted metrics. LG Inform has already recomputed the nearest neighbours of
 * the council's tier when this is written. Published on {@link Topics#LGINFORM_COUNCILS}, keyed by council.
 */
public record ContextualDataChanged(String councilCode, String tier, List<Input> inputs) implements PlatformEvent {

    public static final String TYPE = "ContextualDataChanged";

    public ContextualDataChanged {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /** One changed input: the metric, the period of its latest value, and that value. */
    public record Input(String metric, String period, BigDecimal value) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.LGINFORM_COUNCILS;
    }

    @Override
    public String subject() {
        return councilCode;
    }
}
