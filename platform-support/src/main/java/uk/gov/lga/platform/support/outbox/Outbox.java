package uk.gov.lga.platform.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.EventEnvelope;

import java.time.Instant;

/** Records an event in the caller's transaction; {@link OutboxRelay} publishes it after commit. */
@ApplicationScoped
public class Outbox {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String topic, EventEnvelope envelope) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.messageKey = envelope.subject();
        row.eventType = envelope.type();
        row.payload = envelope.toJson();
        row.createdAt = Instant.now();
        row.persist();
    }
}
