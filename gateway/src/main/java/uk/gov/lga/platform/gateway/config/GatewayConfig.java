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

    /** Requests per caller per minute on the open-data routes; more get 429 with Retry-After. */
    Limits limits();

    interface Limits {
        /** Path prefixes the limit applies to. */
        @WithDefault("/api/lg-inform/open-data/")
        java.util.List<String> paths();

        @WithDefault("120")
        int requestsPerMinute();

        /** How many may come at once before the per-minute rate applies. */
        @WithDefault("20")
        int burst();
    }

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
