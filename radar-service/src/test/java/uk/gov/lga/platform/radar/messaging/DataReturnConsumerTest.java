package uk.gov.lga.platform.radar.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.lga.platform.radar.Fixtures.BARNSLEY;
import static uk.gov.lga.platform.radar.Fixtures.BRADFORD;
import static uk.gov.lga.platform.radar.Fixtures.CALDERDALE;
import static uk.gov.lga.platform.radar.Fixtures.dataReturnJson;
import static uk.gov.lga.platform.radar.Fixtures.signalsOf;

@QuarkusTest
class DataReturnConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void publishedReturnBecomesASignal() {
        source().send(dataReturnJson(BARNSLEY, "2024/25"));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalsOf(BARNSLEY) == 1);
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String event = dataReturnJson(BRADFORD, "2024/25");
        source().send(event);
        source().send(event);
        source().send(dataReturnJson(BRADFORD, "2023/24"));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalsOf(BRADFORD) == 2);
        assertThat(signalsOf(BRADFORD)).isEqualTo(2);
    }

    @Test
    void unreadableMessageIsSkippedAndTheNextIsApplied() {
        source().send("this is not an event");
        source().send(dataReturnJson(CALDERDALE, "2024/25"));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalsOf(CALDERDALE) == 1);
    }

    private InMemorySource<String> source() {
        return connector.source("lginform-returns");
    }
}
