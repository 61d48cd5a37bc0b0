package uk.gov.lga.platform.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Where each service is reached, and the edge's limits. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Services services();

    /** How long the readiness check waits for a service's own readiness. */
    @WithDefault("2s")
    Duration healthTimeout();

    /** What the edge accepts, and how often a caller may call the limited routes. */
    Limits limits();

    interface Limits {
        /**
         * Longest request target (path and query) in characters; longer is 414 problem+json. Below the
         * services' own request-line limit (4096), so what passes here also passes there.
         */
        @WithDefault("4000")
        int maxUriLength();

        /**
         * Most header bytes (names, values, separators) a request may carry; more is 431 problem+json.
         * Below the services' own limit (20K), leaving room for the headers the gateway adds.
         */
        @WithDefault("16K")
        MemorySize maxHeaderSize();

        /** Path prefixes (of the normalised path) the per-caller limit applies to. */
        @WithDefault("/api/lg-inform/open-data/")
        java.util.List<String> paths();

        /** Requests per caller per minute on those paths; more get 429 with Retry-After. */
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
