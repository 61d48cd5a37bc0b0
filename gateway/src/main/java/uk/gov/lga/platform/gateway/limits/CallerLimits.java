package uk.gov.lga.platform.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.lga.platform.gateway.config.GatewayConfig;

import java.time.Duration;
import java.util.Base64;

/**
 * Per-caller token buckets (Bucket4j) on the limited routes: a caller that floods gets 429 with
 * Retry-After. The caller is the token's subject when a bearer token is sent (its signature is
 * checked later by authentication; a forged one gets 401 there), else the client address.
 */
@ApplicationScoped
public class CallerLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Inject
    GatewayConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::limit, 900);
    }

    void limit(RoutingContext rc) {
        String path = rc.request().path();
        if (config.limits().paths().stream().noneMatch(path::startsWith)) {
            rc.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(callerOf(rc), k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.response().putHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            rc.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        JsonObject problem = new JsonObject()
                .put("type", "about:blank").put("title", "Too Many Requests").put("status", 429)
                .put("detail", "At most " + config.limits().requestsPerMinute() + " requests a minute on " + path
                        + "; retry after " + retryAfter + " s.")
                .put("instance", path);
        rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(retryAfter))
                .putHeader("Content-Type", "application/problem+json").end(problem.encode());
    }

    private Bucket newBucket() {
        GatewayConfig.Limits limits = config.limits();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.burst())
                        .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1)).build())
                .build();
    }

    static String callerOf(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String[] parts = authorization.substring(7).trim().split("\\.");
            if (parts.length == 3) {
                try {
                    String subject = new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(parts[1]))).getString("sub");
                    if (subject != null) {
                        return "sub:" + subject;
                    }
                } catch (RuntimeException e) {
                    // not a readable JWT: limit it by address; authentication will refuse it anyway
                }
            }
        }
        return "address:" + rc.request().remoteAddress().hostAddress();
    }
}
