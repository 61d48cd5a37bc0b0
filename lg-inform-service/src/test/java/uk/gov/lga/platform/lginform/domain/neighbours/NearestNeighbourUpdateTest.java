package uk.gov.lga.platform.lginform.domain.neighbours;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.ContextualDataChanged;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.support.outbox.OutboxEvent;

import java.time.Duration;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.lga.platform.lginform.Fixtures.ADUR;
import static uk.gov.lga.platform.lginform.Fixtures.AMBER_VALLEY;
import static uk.gov.lga.platform.lginform.Fixtures.ARUN;
import static uk.gov.lga.platform.lginform.Fixtures.ASHFIELD;
import static uk.gov.lga.platform.lginform.Fixtures.ASHFORD;
import static uk.gov.lga.platform.lginform.Fixtures.BABERGH;
import static uk.gov.lga.platform.lginform.Fixtures.BASILDON;
import static uk.gov.lga.platform.lginform.Fixtures.BASSETLAW;
import static uk.gov.lga.platform.lginform.Fixtures.BLABY;
import static uk.gov.lga.platform.lginform.Fixtures.BOLSOVER;
import static uk.gov.lga.platform.lginform.Fixtures.events;
import static uk.gov.lga.platform.lginform.Fixtures.publish;

/**
 * Publishing contextual data recomputes the neighbours. Lower-tier (district) councils are used here only,
 * each test its own, in periods no other test publishes; assertions are about relative changes.
 */
@QuarkusTest
class NearestNeighbourUpdateTest {

    /** The newest period any value may have (values for a period that has not begun are refused), and an older one. */
    static final String NEWEST = Year.now().toString();
    static final String OLDER = Year.now().minusYears(10).toString();

    static final String CHANGED = ContextualDataChanged.TYPE;

    @Inject
    NearestNeighbourService neighbours;

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void councilWhoseInputsBecomeAnothersBecomesItsNearestNeighbour() {
        publish(NEWEST,
                ADUR + " population-density 1111.1", ADUR + " median-household-income 31111", ADUR + " rurality 11.1",
                AMBER_VALLEY + " population-density 2222.2", AMBER_VALLEY + " median-household-income 42222", AMBER_VALLEY + " rurality 22.2",
                ARUN + " population-density 3333.3", ARUN + " median-household-income 33333", ARUN + " rurality 33.3",
                ASHFORD + " population-density 4444.4", ASHFORD + " median-household-income 24444", ASHFORD + " rurality 44.4");
        assertThat(neighbours.neighboursOf(ADUR).orElseThrow().neighbours())
                .filteredOn(n -> n.gssCode().equals(ASHFORD)).singleElement()
                .satisfies(n -> assertThat(n.standardDistance()).isPositive());

        publish(NEWEST, ASHFORD + " population-density 1111.1", ASHFORD + " median-household-income 31111",
                ASHFORD + " rurality 11.1");

        NearestNeighbours.Neighbour nearest = neighbours.neighboursOf(ADUR).orElseThrow().neighbours().get(0);
        assertThat(nearest.gssCode()).isEqualTo(ASHFORD);
        assertThat(nearest.rank()).isEqualTo(1);
        assertThat(nearest.standardDistance()).isZero();
    }

    @Test
    void councilWhoseInputChangedGetsOneContextualDataChangedNamingItsInputs() {
        long babergh = events(CHANGED, BABERGH);
        long bassetlaw = events(CHANGED, BASSETLAW);

        publish(NEWEST, BABERGH + " population-density 120.5", BABERGH + " unemployment-rate 3.1",
                BASSETLAW + " population-density 180.25");

        assertThat(events(CHANGED, BABERGH)).isEqualTo(babergh + 1);
        assertThat(events(CHANGED, BASSETLAW)).isEqualTo(bassetlaw + 1);
        OutboxEvent row = latestChange(BABERGH);
        assertThat(row.topic).isEqualTo("lginform.councils");
        ContextualDataChanged changed = EventEnvelope.fromJson(row.payload).dataAs(ContextualDataChanged.class);
        assertThat(changed.tier()).isEqualTo("lower tier");
        assertThat(changed.inputs()).extracting(ContextualDataChanged.Input::metric)
                .containsExactlyInAnyOrder("population-density", "unemployment-rate");
        assertThat(changed.inputs()).extracting(ContextualDataChanged.Input::period).containsOnly(NEWEST);
    }

    @Test
    void valueForAnOlderPeriodChangesNoInputAndWritesNoEvent() {
        publish(NEWEST, BASILDON + " population-density 1500", ASHFIELD + " population-density 1600");
        long before = events(CHANGED, BASILDON);

        publish(OLDER, BASILDON + " population-density 1400");

        assertThat(events(CHANGED, BASILDON)).isEqualTo(before);
    }

    @Test
    void valueOfAMetricTheModelDoesNotUseWritesNoEvent() {
        long before = events(CHANGED, BLABY);

        publish("2015/16", BLABY + " usable-reserves 5000");

        assertThat(events(CHANGED, BLABY)).isEqualTo(before);
    }

    @Test
    void contextualDataChangedIsRelayedToKafkaKeyedByCouncil() {
        InMemorySink<String> sink = connector.sink("outbox");

        publish(NEWEST, BOLSOVER + " households-in-social-housing 17.5");

        await().atMost(Duration.ofSeconds(10)).until(() -> changesOf(sink).stream()
                .anyMatch(m -> EventEnvelope.fromJson(m.getPayload()).subject().equals(BOLSOVER)));
        Message<String> message = changesOf(sink).stream()
                .filter(m -> EventEnvelope.fromJson(m.getPayload()).subject().equals(BOLSOVER))
                .findFirst().orElseThrow();
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class)).hasValueSatisfying(m -> {
            assertThat(m.getKey()).isEqualTo(BOLSOVER);
            assertThat(m.getTopic()).isEqualTo("lginform.councils");
        });
        ContextualDataChanged.Input input = EventEnvelope.fromJson(message.getPayload())
                .dataAs(ContextualDataChanged.class).inputs().get(0);
        assertThat(input.metric()).isEqualTo("households-in-social-housing");
        assertThat(input.period()).isEqualTo(NEWEST);
        assertThat(input.value()).isEqualByComparingTo("17.5");
    }

    private static List<? extends Message<String>> changesOf(InMemorySink<String> sink) {
        return sink.received().stream().filter(m -> EventEnvelope.fromJson(m.getPayload()).type().equals(CHANGED)).toList();
    }

    private static OutboxEvent latestChange(String council) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "eventType = ?1 and messageKey = ?2 order by id desc", CHANGED, council).firstResult());
    }
}
