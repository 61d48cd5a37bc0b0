package uk.gov.lga.platform.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.PlatformEvent;

import java.time.Instant;

/** Records an event in the caller's transaction; {@link OutboxRelay} publishes it after commit. */
@ApplicationScoped
public class Outbox {

    /** Records the event, in a new envelope from {@code source}, to be relayed to {@code topic} keyed by its subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String topic, PlatformEvent event, String source, Instant occurredAt) {
        EventEnvelope.Written envelope = EventEnvelope.write(event, source, occurredAt);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.messageKey = envelope.subject();
        row.eventType = envelope.type();
        row.payload = envelope.json();
        row.createdAt = Instant.now();
        row.persist();
    }
}
