package uk.gov.lga.platform.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.PlatformEvent;

import java.time.Clock;
import java.time.Instant;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} publishes it after commit, on the
 * event's own topic, keyed by its subject, with this application as its source.
 */
@ApplicationScoped
public class Outbox {

    private final String source;
    private final Clock clock;

    @Inject
    public Outbox(@ConfigProperty(name = "quarkus.application.name") String source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** Records the event as having occurred at {@code occurredAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PlatformEvent event, Instant occurredAt) {
        EventEnvelope.Written envelope = EventEnvelope.write(event, source, occurredAt);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = event.topic();
        row.messageKey = envelope.subject();
        row.eventType = envelope.type();
        row.payload = envelope.json();
        row.createdAt = Instant.now(clock);
        row.persist();
    }
}
