package uk.gov.lga.platform.support.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.Timestamp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves committed outbox rows to Kafka in order, keyed by council. A row is marked published only
 * after the broker acknowledged it, so a crash can repeat an event but never lose one (consumers
 * skip ids they have seen).
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @Scheduled(every = "${platform.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay will retry: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch of pending events; returns how many were published. */
    @Transactional
    public int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = em.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT :batch "
                                + "FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("batch", BATCH)
                .setHint(HibernateHints.HINT_READ_ONLY, true) // the rows are only read here
                .getResultList();
        List<Long> sent = new ArrayList<>(pending.size());
        for (OutboxEvent event : pending) {
            OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(event.topic)
                    .withKey(event.messageKey)
                    .build();
            emitter.sendMessage(Message.of(event.payload).addMetadata(metadata))
                    .await().atMost(Duration.ofSeconds(30));
            sent.add(event.id);
        }
        if (!sent.isEmpty()) {
            // One statement that touches only published_at: updating the entities would write every column
            // back, payload included, so PostgreSQL would store each event's JSON a second time.
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE outbox_event SET published_at = ? WHERE id = ANY(?)")) {
                    ps.setTimestamp(1, Timestamp.from(Instant.now()));
                    ps.setArray(2, connection.createArrayOf("bigint", sent.toArray()));
                    ps.executeUpdate();
                }
            });
        }
        return pending.size();
    }
}
