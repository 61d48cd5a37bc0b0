package uk.gov.lga.platform.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Remembers which events a consumer has applied, so a redelivered event is not applied twice. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /**
     * Marks the event as applied by this consumer in the caller's transaction; false if it already was.
     * Race-safe: two deliveries of one event cannot both insert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        int inserted = em.createNativeQuery("INSERT INTO processed_event (event_id, consumer) VALUES (:id, :consumer) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .executeUpdate();
        return inserted == 1;
    }
}
