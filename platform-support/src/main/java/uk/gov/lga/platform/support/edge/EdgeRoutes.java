package uk.gov.lga.platform.support.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.support.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is refused before any resource runs answers as a problem too, never with an empty body: a declared body
 * over {@code quarkus.http.limits.max-body-size} (413), a request target over {@code platform.limits.max-uri-length}
 * (414), headers over {@code platform.limits.max-header-size} (431), a path that no route serves (404) and any
 * failure of the HTTP layer itself. The HTTP decoder's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) sit well above these, so that these answers, not its bare ones, are what a client sees; a
 * message beyond them is not HTTP this service will read.
 */
@ApplicationScoped
public class EdgeRoutes {

    private static final Logger LOG = Logger.getLogger(EdgeRoutes.class);
    /** Before Quarkus's own body limit (order -2), which ends the answer with an empty body. */
    static final int LIMITS_ORDER = -3;

    private final ObjectMapper json;
    private final long maxBody;
    private final int maxUri;
    private final long maxHeaders;

    @Inject
    public EdgeRoutes(ObjectMapper json,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody,
                      @ConfigProperty(name = "platform.limits.max-uri-length", defaultValue = "8192") int maxUri,
                      @ConfigProperty(name = "platform.limits.max-header-size", defaultValue = "32K") MemorySize maxHeaders) {
        this.json = json;
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxUri = maxUri;
        this.maxHeaders = maxHeaders.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(LIMITS_ORDER).handler(this::limits);
        router.route().order(Integer.MIN_VALUE + 10).failureHandler(this::failure);
        // After every route of the service and of Quarkus: what none of them serves.
        router.route().last().handler(rc -> send(rc, 404, "No resource is served at this path."));
    }

    void limits(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUri) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(rc, 414, "The request target is longer than " + maxUri + " characters.");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > maxHeaders) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(rc, 431, "The request's headers are larger than " + maxHeaders / 1024 + " KB.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Text.isAsciiInteger(length) ? Long.parseLong(length) : -1;
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0) {
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                send(rc, 400, "Content-Length is not a number of bytes.");
                return;
            }
            if (declared > maxBody) {
                // The body is not read: the connection closes after the answer.
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                send(rc, 413, "The body is larger than this service accepts (" + maxBody / (1024 * 1024) + " MB).");
                return;
            }
        }
        rc.next();
    }

    void failure(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        Throwable failure = rc.failure();
        // A token refused while authenticating fails the route before JAX-RS runs: 401 with the challenge, not a 500.
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"lg\"");
            send(rc, 401, "A valid bearer token is required.");
            return;
        }
        if (failure instanceof ForbiddenException) {
            send(rc, 403, "Your role does not allow this.");
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
        if (status >= 400 && status < 500) {
            send(rc, status, failure instanceof HttpException http && http.getPayload() != null ? http.getPayload()
                    : "The request was refused.");
            return;
        }
        LOG.errorf(failure, "request %s %s failed", rc.request().method(), rc.request().path());
        send(rc, 500, "The service failed; the error was logged.");
    }

    /** Writes a problem straight to the HTTP response, for refusals made before JAX-RS runs. */
    void send(RoutingContext rc, int status, String detail) {
        HttpResponseStatus known = HttpResponseStatus.valueOf(status);
        String path = rc.request().path();
        Problem problem = new Problem("about:blank", known.reasonPhrase(), status, detail,
                path != null && path.length() <= 2000 && Text.isAcceptable(path) ? path : null, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + known.reasonPhrase() + "\",\"status\":" + status + "}";
        }
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
