package uk.gov.lga.platform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Where each service is reached. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Services services();

    /** How long the readiness check waits for a service's own readiness. */
    @WithDefault("2s")
    Duration healthTimeout();

    interface Services {
        Backend lgInform();

        Backend peerChallenge();

        Backend knowledgeHub();

        Backend radar();
    }

    interface Backend {
        URI url();
    }
}
