package uk.gov.lga.platform.radar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.radar.domain.Signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Test data: events as LG Inform publishes them, and what the radar stored. */
public final class RadarEvents {

    private RadarEvents() {
    }

    /** The JSON LG Inform's outbox writes for a one-value return. */
    public static String dataReturnJson(String council, String period) {
        return EventEnvelope.write(new DataReturnPublished(council, 1L, "COUNCIL", "officer", Instant.parse("2026-05-01T10:00:00Z"),
                Instant.parse("2026-05-01T10:00:00Z"),
                List.of(new DataReturnPublished.Value("usable-reserves", period, new BigDecimal("10"), 1, "FINAL"))),
                "lg-inform-service", Instant.parse("2026-05-01T10:00:00Z")).json();
    }

    /** The same event as the consumer reads it. */
    public static EventEnvelope.Typed<DataReturnPublished> dataReturn(String council, String period) {
        return EventEnvelope.readAs(dataReturnJson(council, period), DataReturnPublished.class);
    }

    public static long signalsOf(String council) {
        return QuarkusTransaction.requiringNew().call(() -> Signal.count("councilCode", council));
    }
}
