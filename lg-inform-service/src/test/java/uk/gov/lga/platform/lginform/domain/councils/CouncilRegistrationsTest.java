package uk.gov.lga.platform.lginform.domain.councils;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.CouncilRegistered;
import uk.gov.lga.platform.events.EventEnvelope;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.lga.platform.lginform.Fixtures.CARLISLE;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBERLAND;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBRIA;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.WESTMORLAND_AND_FURNESS;
import static uk.gov.lga.platform.lginform.Fixtures.count;
import static uk.gov.lga.platform.lginform.Fixtures.events;
import static uk.gov.lga.platform.lginform.Fixtures.latestEvent;

/**
 * The register tells the other services which councils exist when: one CouncilRegistered per council, current and
 * abolished, through the outbox onto lginform.councils; again only for a council whose event would say something new.
 */
@QuarkusTest
class CouncilRegistrationsTest {

    static final String REGISTERED = CouncilRegistered.TYPE;

    @Inject
    CouncilService councils;

    @Inject
    EntityManager em;

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void everyCouncilIsRegisteredOnceWithItsLifeAndSuccessors() {
        assertThat(count("(SELECT DISTINCT message_key FROM outbox_event WHERE event_type = 'CouncilRegistered') k"))
                .isEqualTo(382 + 48);
        assertThat(events(REGISTERED, CUMBRIA)).isEqualTo(1);
        Registered cumbria = event(CUMBRIA);
        assertThat(cumbria.topic).isEqualTo("lginform.councils");
        assertThat(cumbria.data).isEqualTo(new CouncilRegistered(CUMBRIA, "CMA", "Cumbria", "Cumbria County Council", "England",
                "North West", "CTY", "upper tier", null, null, LocalDate.parse("2023-03-31"), List.of(),
                List.of(CUMBERLAND, WESTMORLAND_AND_FURNESS)));
        CouncilRegistered carlisle = event(CARLISLE).data;
        assertThat(carlisle.countyCode()).as("the county's GSS code").isEqualTo(CUMBRIA);
        assertThat(carlisle.successors()).containsExactly(CUMBERLAND);
        CouncilRegistered cumberland = event(CUMBERLAND).data;
        assertThat(cumberland.validFrom()).isEqualTo(LocalDate.parse("2023-04-01"));
        assertThat(cumberland.predecessors()).contains(CUMBRIA, CARLISLE);
        assertThat(cumberland.existedOn(LocalDate.parse("2016-06-01"))).isFalse();
    }

    @Test
    void loadingAnUnchangedRegisterAgainPublishesNothing() {
        long before = events(REGISTERED);

        QuarkusTransaction.requiringNew().run(() -> councils.load(null));

        assertThat(events(REGISTERED)).isEqualTo(before);
    }

    @Test
    void aCouncilWhoseEventWouldSaySomethingNewIsPublishedAgain() {
        long before = events(REGISTERED, LEEDS);
        // As if Leeds's last event had said something else (a changed reference file, or a contract grown by a field)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE council_registration SET fingerprint = repeat('0', 64) WHERE gss_code = :c").setParameter("c", LEEDS)
                .executeUpdate());

        QuarkusTransaction.requiringNew().run(() -> councils.load(null));

        assertThat(events(REGISTERED, LEEDS)).isEqualTo(before + 1);
    }

    @Test
    void theRelaySendsTheEventKeyedByTheCouncil() {
        InMemorySink<String> sink = connector.sink("outbox");

        await().atMost(Duration.ofSeconds(20)).until(() -> sent(sink, CUMBRIA) != null);

        Message<String> message = sent(sink, CUMBRIA);
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class)).hasValueSatisfying(m -> {
            assertThat(m.getTopic()).isEqualTo("lginform.councils");
            assertThat(m.getKey()).isEqualTo(CUMBRIA);
        });
    }

    private static Message<String> sent(InMemorySink<String> sink, String council) {
        return sink.received().stream().filter(m -> {
            EventEnvelope envelope = EventEnvelope.fromJson(m.getPayload());
            return envelope.type().equals(REGISTERED) && envelope.subject().equals(council);
        }).findFirst().orElse(null);
    }

    private record Registered(String topic, CouncilRegistered data) {
    }

    private static Registered event(String council) {
        var recorded = latestEvent(REGISTERED, council);
        return new Registered(recorded.topic(), recorded.envelope().dataAs(CouncilRegistered.class));
    }
}
