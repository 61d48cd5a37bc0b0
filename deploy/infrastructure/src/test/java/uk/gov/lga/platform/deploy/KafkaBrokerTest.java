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
    void clusterIdNeverStartsWithADashTheStorageToolWouldTakeForAnOption() {
        // one random id in 64 would; a thousand draws miss that with a chance of about 1e-7
        for (int i = 0; i < 1_000; i++) {
            assertThat(KafkaBroker.clusterId()).doesNotStartWith("-");
        }
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
