package uk.gov.lga.platform.support.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents inbox;

    @Test
    void anEventIsAFirstDeliveryOnceThenNever() {
        UUID event = UUID.randomUUID();

        assertThat(firstDelivery(event, "radar-signals")).isTrue();
        assertThat(firstDelivery(event, "radar-signals")).isFalse();
        assertThat(firstDelivery(event, "radar-signals")).isFalse();
    }

    @Test
    void eachConsumerHasItsOwnFirstDelivery() {
        UUID event = UUID.randomUUID();

        assertThat(firstDelivery(event, "radar-signals")).isTrue();
        assertThat(firstDelivery(event, "knowledge-hub-activity")).isTrue();
    }

    @Test
    void aDeliveryWhoseTransactionRolledBackIsNotRemembered() {
        UUID event = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(inbox.firstDelivery(event, "radar-signals")).isTrue();
            throw new IllegalStateException("the consumer failed applying the event");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(firstDelivery(event, "radar-signals")).isTrue();
    }

    @Test
    void mustBeCalledInTheConsumersTransaction() {
        assertThatThrownBy(() -> inbox.firstDelivery(UUID.randomUUID(), "radar-signals"))
                .isInstanceOf(TransactionalException.class);
    }

    private boolean firstDelivery(UUID event, String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(event, consumer));
    }
}
