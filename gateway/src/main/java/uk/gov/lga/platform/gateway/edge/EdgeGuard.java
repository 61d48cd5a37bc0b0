package uk.gov.lga.platform.gateway.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.platform.gateway.config.GatewayConfig;
import uk.gov.lga.platform.gateway.routing.GatewayProblems;

import java.util.Map;

/**
 * What every request meets after CORS (so a browser can read the refusal) and before authentication,
 * the limiter and the routes: the size limits (URI 414, headers 431, declared body 413), then the path
 * read once by {@link EdgePath} (ambiguous 400). A path that normalises to something else is re-routed
 * under its normal form, so everything after this, routing included, sees only the normalised path;
 * the service receives it too.
 */
@ApplicationScoped
public class EdgeGuard {

    /** After the request ids (1000), the response headers (950) and CORS (300); before authentication (200). */
    public static final int PRIORITY = 250;
    private static final String REROUTED = "gateway.rerouted";

    private final GatewayConfig config;
    private final long maxBodySize;

    EdgeGuard(GatewayConfig config,
              @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "64M") MemorySize maxBodySize) {
        this.config = config;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    /** The one body limit of the platform ({@code quarkus.http.limits.max-body-size}), in bytes. */
    public long maxBodySize() {
        return maxBodySize;
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    void guard(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        GatewayConfig.Limits limits = config.limits();
        String uri = request.uri();
        if (uri != null && uri.length() > limits.maxUriLength()) {
            GatewayProblems.sendAndClose(rc, 414, "URI Too Long",
                    "The request target has " + uri.length() + " characters; at most " + limits.maxUriLength() + " are accepted.");
            return;
        }
        long headerBytes = headerBytes(request.headers());
        if (headerBytes > limits.maxHeaderSize().asLongValue()) {
            GatewayProblems.sendAndClose(rc, 431, "Request Header Fields Too Large", "The request headers have "
                    + headerBytes + " bytes; at most " + limits.maxHeaderSize().asLongValue() + " are accepted.");
            return;
        }
        String declared = request.getHeader("Content-Length");
        if (declared != null) {
            long length = declaredLength(declared);
            if (length < 0) {
                GatewayProblems.sendAndClose(rc, 400, "Bad Request", "Content-Length must be a number of bytes.");
                return;
            }
            if (length > maxBodySize) {
                GatewayProblems.sendAndClose(rc, 413, "Content Too Large",
                        "The body has " + length + " bytes; at most " + maxBodySize + " are accepted.");
                return;
            }
        }
        String path;
        try {
            path = EdgePath.normalise(request.path());
            EdgePath.checkQuery(request.query());
        } catch (EdgePath.Refused refused) {
            GatewayProblems.sendAndClose(rc, 400, "Bad Request", refused.getMessage());
            return;
        }
        if (!path.equals(request.path())) {
            if (rc.get(REROUTED) != null) {
                // Cannot happen (the normal form is a fixed point); refuse rather than loop.
                GatewayProblems.sendAndClose(rc, 400, "Bad Request", "The path has no stable normal form.");
                return;
            }
            rc.put(REROUTED, Boolean.TRUE);
            String query = request.query();
            rc.reroute(request.method(), query == null ? path : path + "?" + query);
            return;
        }
        rc.put(GatewayProblems.INSTANCE, path);
        rc.next();
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** The declared length, or -1 when it is not a plain number (the HTTP decoder refuses most of those first). */
    private static long declaredLength(String value) {
        String digits = value.trim();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return digits.length() > 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.MAX_VALUE : -1;
        }
        return Long.parseLong(digits);
    }
}
