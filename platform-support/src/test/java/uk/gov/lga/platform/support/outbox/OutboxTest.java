package uk.gov.lga.platform.support.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.EventEnvelope;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Outbox#record}: the row the relay will send, written in the caller's transaction. */
@QuarkusTest
class OutboxTest {

    static final Instant OCCURRED = Instant.parse("2026-05-01T10:00:00Z");

    @Inject
    Outbox outbox;

    @Test
    void recordsTheEventOnItsTopicKeyedByItsSubjectWithThisApplicationAsSource() {
        String note = "recorded " + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(new NoteWritten("E08000035", note, "test.notes"), OCCURRED));

        OutboxEvent row = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("payload like ?1", "%" + note + "%").singleResult());
        EventEnvelope envelope = EventEnvelope.fromJson(row.payload);

        assertThat(row.topic).isEqualTo("test.notes");
        assertThat(row.messageKey).isEqualTo("E08000035");
        assertThat(row.eventType).isEqualTo("NoteWritten");
        assertThat(row.publishedAt).isNull();
        assertThat(row.eventId).isEqualTo(envelope.eventId());
        assertThat(envelope.source()).isEqualTo("platform-support-test");
        assertThat(envelope.subject()).isEqualTo("E08000035");
        assertThat(envelope.occurredAt()).isEqualTo(OCCURRED);
        assertThat(envelope.data().path("note").asText()).isEqualTo(note);
    }

    @Test
    void mustBeCalledInTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.record(new NoteWritten("E08000035", "no transaction", "test.notes"), OCCURRED))
                .isInstanceOf(TransactionalException.class);
    }
}
