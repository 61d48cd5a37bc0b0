package uk.gov.lga.platform.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.platform.gateway.config.GatewayConfig;
import uk.gov.lga.platform.gateway.routing.GatewayProblems;

import java.security.Principal;
import java.time.Duration;

/**
 * Per-caller token buckets (Bucket4j) on the limited routes: a caller that floods gets 429 with
 * Retry-After. The caller is who authentication verified: the subject of a bearer token whose
 * signature, expiry, issuer, audience and type the gateway has checked, else (anonymous) the client
 * address. It runs after authentication, so a request refused there (401) is never counted, and a
 * forged token naming someone else's subject cannot use up that caller's allowance.
 */
@ApplicationScoped
public class CallerLimits {

    /** After authentication (200) and the permission check (100), before the routes. */
    public static final int PRIORITY = 50;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Inject
    GatewayConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    void limit(RoutingContext rc) {
        // The edge has already re-routed the request under its normalised path.
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
        rc.response().putHeader("Retry-After", Long.toString(retryAfter));
        GatewayProblems.send(rc, 429, "Too Many Requests", "At most " + config.limits().requestsPerMinute()
                + " requests a minute on " + path + "; retry after " + retryAfter + " s.");
    }

    private Bucket newBucket() {
        GatewayConfig.Limits limits = config.limits();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.burst())
                        .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1)).build())
                .build();
    }

    /** The verified subject, or the client address for anonymous callers. */
    static String callerOf(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            Principal principal = user.getSecurityIdentity().getPrincipal();
            String subject = principal instanceof JsonWebToken token && token.getSubject() != null
                    ? token.getSubject() : principal.getName();
            return "sub:" + subject;
        }
        SocketAddress address = rc.request().remoteAddress();
        return "address:" + (address == null ? "unknown" : address.hostAddress());
    }
}
