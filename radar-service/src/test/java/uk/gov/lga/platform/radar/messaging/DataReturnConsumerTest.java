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
import static uk.gov.lga.platform.radar.RadarEvents.dataReturnJson;
import static uk.gov.lga.platform.radar.RadarEvents.signalsOf;

@QuarkusTest
class DataReturnConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void publishedReturnBecomesASignal() {
        source().send(dataReturnJson("E08000016", "2024/25"));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalsOf("E08000016") == 1);
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String event = dataReturnJson("E08000032", "2024/25");
        source().send(event);
        source().send(event);
        source().send(dataReturnJson("E08000032", "2023/24"));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalsOf("E08000032") == 2);
        assertThat(signalsOf("E08000032")).isEqualTo(2);
    }

    @Test
    void unreadableMessageIsSkippedAndTheNextIsApplied() {
        source().send("this is not an event");
        source().send(dataReturnJson("E08000033", "2024/25"));

        await().atMost(Duration.ofSeconds(10)).until(() -> signalsOf("E08000033") == 1);
    }

    private InMemorySource<String> source() {
        return connector.source("lginform-returns");
    }
}
