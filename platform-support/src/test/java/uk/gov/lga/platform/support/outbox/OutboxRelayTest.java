package uk.gov.lga.platform.support.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.EventEnvelope;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OutboxRelay#relayBatch}: committed rows go to the {@code outbox} channel (in memory here) in id order,
 * each on its topic keyed by its council, and are marked published so they are not sent again.
 */
@QuarkusTest
class OutboxRelayTest {

    static final Instant OCCURRED = Instant.parse("2026-05-01T10:00:00Z");

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    @Any
    InMemoryConnector connector;

    InMemorySink<String> sink;

    @BeforeEach
    void emptyOutboxAndSink() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event").executeUpdate());
        sink = connector.sink(OutboxRelay.CHANNEL);
        sink.clear();
    }

    @Test
    void sendsPendingEventsInTheOrderTheyWereRecorded() {
        recordInOneTransaction(
                new NoteWritten("E08000035", "first", "test.notes"),
                new NoteWritten("E06000014", "second", "test.other-notes"),
                new NoteWritten("E08000035", "third", "test.notes"));
        recordInOneTransaction(new NoteWritten("W06000015", "fourth", "test.notes"));

        assertThat(relay.relayBatch()).isEqualTo(4);

        assertThat(sink.received()).extracting(m -> noteOf(m.getPayload()))
                .containsExactly("first", "second", "third", "fourth");
        assertThat(sink.received()).extracting(m -> EventEnvelope.fromJson(m.getPayload()).eventId().toString())
                .containsExactlyElementsOf(eventIdsInIdOrder());
    }

    @Test
    void sendsEachEventOnItsTopicKeyedByItsCouncil() {
        recordInOneTransaction(
                new NoteWritten("E08000035", "leeds", "test.notes"),
                new NoteWritten("E06000014", "york", "test.other-notes"));

        relay.relayBatch();

        assertThat(sink.received()).hasSize(2);
        assertThat(metadataOf(sink.received().get(0))).satisfies(m -> {
            assertThat(m.getTopic()).isEqualTo("test.notes");
            assertThat(m.getKey()).isEqualTo("E08000035");
        });
        assertThat(metadataOf(sink.received().get(1))).satisfies(m -> {
            assertThat(m.getTopic()).isEqualTo("test.other-notes");
            assertThat(m.getKey()).isEqualTo("E06000014");
        });
    }

    @Test
    void sentEventsAreMarkedPublished() {
        recordInOneTransaction(new NoteWritten("E08000035", "one", "test.notes"),
                new NoteWritten("E08000035", "two", "test.notes"));

        relay.relayBatch();

        assertThat(count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL")).isEqualTo(2);
    }

    @Test
    void publishedEventsAreNotSentAgain() {
        recordInOneTransaction(new NoteWritten("E08000035", "once", "test.notes"));
        relay.relayBatch();

        assertThat(relay.relayBatch()).isZero();

        assertThat(sink.received()).extracting(m -> noteOf(m.getPayload())).containsExactly("once");
    }

    @Test
    void laterEventsAreSentByTheNextBatchAndOnlyThey() {
        recordInOneTransaction(new NoteWritten("E08000035", "early", "test.notes"));
        relay.relayBatch();
        recordInOneTransaction(new NoteWritten("E08000035", "late", "test.notes"));

        assertThat(relay.relayBatch()).isEqualTo(1);

        assertThat(sink.received()).extracting(m -> noteOf(m.getPayload())).containsExactly("early", "late");
    }

    @Test
    void nothingPendingSendsNothing() {
        assertThat(relay.relayBatch()).isZero();
        assertThat(sink.received()).isEmpty();
    }

    private void recordInOneTransaction(NoteWritten... events) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (NoteWritten event : events) {
                outbox.record(event, OCCURRED);
            }
        });
    }

    private static String noteOf(String payload) {
        return EventEnvelope.fromJson(payload).data().path("note").asText();
    }

    @SuppressWarnings("unchecked")
    private static OutgoingKafkaRecordMetadata<String> metadataOf(Message<String> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> eventIdsInIdOrder() {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "SELECT CAST(event_id AS VARCHAR) FROM outbox_event ORDER BY id").getResultList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
