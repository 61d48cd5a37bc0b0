package uk.gov.lga.platform.radar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.radar.domain.audit.ReadAudit;
import uk.gov.lga.platform.radar.domain.signals.Signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the tests of this service share: councils, events as LG Inform publishes them, and what the radar stored. */
public final class Fixtures {

    public static final String WIGAN = "E08000010";
    public static final String LEEDS = "E08000035";
    public static final String BARNSLEY = "E08000016";
    public static final String BRADFORD = "E08000032";
    public static final String CALDERDALE = "E08000033";

    private static final Instant PUBLISHED = Instant.parse("2026-05-01T10:00:00Z");

    private Fixtures() {
    }

    /** The JSON LG Inform's outbox writes for a one-value return. */
    public static String dataReturnJson(String council, String period) {
        return EventEnvelope.write(new DataReturnPublished(council, 1L, "COUNCIL", "officer", PUBLISHED, PUBLISHED,
                        List.of(new DataReturnPublished.Value("usable-reserves", period, new BigDecimal("10"), 1, "FINAL"))),
                "lg-inform-service", PUBLISHED).json();
    }

    /** The same event as the consumer reads it. */
    public static EventEnvelope.Typed<DataReturnPublished> dataReturn(String council, String period) {
        return EventEnvelope.readAs(dataReturnJson(council, period), DataReturnPublished.class);
    }

    public static long signalsOf(String council) {
        return QuarkusTransaction.requiringNew().call(() -> Signal.count("councilCode", council));
    }

    public static long readsBy(String reader) {
        return QuarkusTransaction.requiringNew().call(() -> ReadAudit.count("reader", reader));
    }
}
