package uk.gov.lga.platform.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void clusterIdIsSixteenBytesOfUrlSafeBase64() {
        String id = KafkaBroker.clusterId();

        assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
    }

    @Test
    void clusterIdStartingWithADashStaysTheValueOfItsOption() {
        assertThat(KafkaBroker.clusterIdArgument("-Xb3kP0sQ2uNvW1yZ4aB5c")).isEqualTo("--cluster-id=-Xb3kP0sQ2uNvW1yZ4aB5c");
    }

    @Test
    void brokerListensOnLoopbackOnly() {
        String properties = KafkaBroker.serverProperties(19092, 19093, Path.of("/tmp/k"));

        assertThat(properties)
                .contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .contains("advertised.listeners=PLAINTEXT://127.0.0.1:19092")
                .doesNotContain("0.0.0.0");
    }
}
