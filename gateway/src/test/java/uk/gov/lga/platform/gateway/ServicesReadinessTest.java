package uk.gov.lga.platform.gateway;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.gateway.config.GatewayConfig;
import uk.gov.lga.platform.gateway.health.ServicesReadiness;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesReadinessTest {

    @Test
    void unreachableServiceMakesTheGatewayNotReady() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServicesReadiness readiness = new ServicesReadiness();
        readiness.setConfig(configPointingAt(URI.create("http://127.0.0.1:" + closedPort)));

        HealthCheckResponse response = readiness.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("radar", "UNREACHABLE"));
    }

    private static GatewayConfig configPointingAt(URI url) {
        GatewayConfig.Backend backend = () -> url;
        GatewayConfig.Services services = new GatewayConfig.Services() {
            public GatewayConfig.Backend lgInform() { return backend; }
            public GatewayConfig.Backend peerChallenge() { return backend; }
            public GatewayConfig.Backend knowledgeHub() { return backend; }
            public GatewayConfig.Backend radar() { return backend; }
        };
        return new GatewayConfig() {
            public Services services() { return services; }
            public Duration healthTimeout() { return Duration.ofSeconds(1); }
            public Limits limits() { return null; }
        };
    }
}
