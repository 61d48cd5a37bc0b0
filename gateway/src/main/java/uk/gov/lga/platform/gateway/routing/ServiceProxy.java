package uk.gov.lga.platform.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.gateway.config.GatewayConfig;
import uk.gov.lga.platform.gateway.edge.EdgeGuard;

import java.io.IOException;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes {@code /api/<service>/**} to the service with Vert.x's reverse proxy. The path is the one the
 * edge normalised ({@link EdgeGuard}); the service receives it without the route's prefix, with the
 * query as sent. Of a service's {@code /q/} endpoints only its OpenAPI document is reachable. The
 * service learns where the caller stands from {@code X-Forwarded-Host/-Port/-Proto/-Prefix/-For},
 * set here and never taken from the caller. A body of unknown length (chunked, or HTTP/2 without
 * Content-Length) streams through, counted against the one body limit.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    private static final int WRITE_QUEUE = 1 << 20;
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);
    private static final Pattern SANE_HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    @Inject
    GatewayConfig config;

    @Inject
    EdgeGuard edge;

    @Inject
    Vertx vertx;

    private List<ServiceRoute> routes;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(
                // Bulk downloads (the open dataset) pass through in 64 KB pieces rather than Vert.x's default 8 KB.
                new HttpClientOptions().setConnectTimeout(2_000).setKeepAlive(true).setMaxChunkSize(1 << 16)
                        .setReceiveBufferSize(1 << 20),
                new PoolOptions().setHttp1MaxSize(256));
        routes = ServiceRoute.all(config);
        for (ServiceRoute route : routes) {
            // No WebSocket pass-through: an upgrade would skip the interceptor (prefix, forwarded headers).
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                    .origin(port(route), route.url().getHost())
                    .addInterceptor(new ToService(route, edge.maxBodySize()));
            proxies.put(route.name(), proxy);
        }
        router.route("/api/*").handler(this::forward);
    }

    private void forward(RoutingContext rc) {
        String path = rc.request().path();
        ServiceRoute route = ServiceRoute.forPath(routes, path).orElse(null);
        if (route == null) {
            GatewayProblems.send(rc, 404, "Not Found", "No service is routed at " + path
                    + ". Routes: /api/lg-inform, /api/peer-challenge, /api/knowledge-hub, /api/radar.");
            return;
        }
        if (ServiceRoute.isHiddenManagementPath(route.servicePath(path))) {
            GatewayProblems.send(rc, 404, "Not Found", "Service management endpoints are not exposed by the gateway; "
                    + "of /q/ only " + route.prefix() + ServiceRoute.OPEN_MANAGEMENT_PATH + " is.");
            return;
        }
        HttpServerRequest request = rc.request();
        if (request.version() == HttpVersion.HTTP_2 && request.getHeader("Content-Length") == null
                && (BODY_METHODS.contains(request.method()) || !request.isEnded())) {
            // HTTP/2 has no chunked coding: a body without Content-Length must go on to the service chunked
            // (the proxy decides that from this header of the incoming request; it is not forwarded itself).
            request.headers().set("transfer-encoding", "chunked");
        }
        // The whole open dataset streams through here: a deeper write queue than Vert.x's 64 KB keeps the
        // service sending while the caller's socket drains, instead of stopping and starting every few chunks.
        rc.response().setWriteQueueMaxSize(WRITE_QUEUE);
        proxies.get(route.name()).handle(request);
    }

    private static int port(ServiceRoute route) {
        int port = route.url().getPort();
        return port > 0 ? port : "https".equals(route.url().getScheme()) ? 443 : 80;
    }

    /** What the service receives: its own path, the forwarded headers, a counted body; and problems when it cannot. */
    private record ToService(ServiceRoute route, long maxBodySize) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            HttpServerRequest incoming = request.proxiedRequest();
            String query = incoming.query();
            String servicePath = route.servicePath(incoming.path());
            request.setURI(query == null ? servicePath : servicePath + "?" + query);
            forwardedHeaders(request.headers(), incoming, route.prefix());
            boolean bodiless = hasNoBody(incoming);
            LimitedBody limited = null;
            Body body = request.getBody();
            if (!bodiless && body != null && body.length() < 0) {
                limited = new LimitedBody(body.stream(), maxBodySize);
                request.setBody(Body.body(limited, -1));
            }
            LimitedBody counted = limited;
            boolean retryable = bodiless && IDEMPOTENT.contains(incoming.method());
            return context.sendRequest()
                    // A kept-alive connection the service closed just as it was reused: once more, on another.
                    .recover(failure -> {
                        if (!retryable || !isClosedConnection(failure)) {
                            return Future.failedFuture(failure);
                        }
                        request.setBody(null);
                        return context.sendRequest();
                    })
                    .recover(failure -> {
                        ProxyResponse response = request.response();
                        if (counted != null && counted.exceeded()) {
                            if (incoming.version() != HttpVersion.HTTP_2) {
                                response.putHeader("Connection", "close");
                            }
                            return Future.succeededFuture(problem(response, 413, "Content Too Large",
                                    "The body is larger than " + maxBodySize + " bytes, the most accepted.", incoming.path()));
                        }
                        LOG.warnf("%s %s: %s did not answer: %s", incoming.method(), incoming.path(), route.name(), failure.toString());
                        return Future.succeededFuture(problem(response, 502, "Bad Gateway",
                                "The " + route.name() + " service did not answer.", incoming.path()));
                    });
        }

        /** An HTTP/1 request without Content-Length or chunked coding has no body (RFC 9112, 6.3). */
        private static boolean hasNoBody(HttpServerRequest incoming) {
            if (incoming.version() == HttpVersion.HTTP_2) {
                return false;
            }
            String length = incoming.getHeader("Content-Length");
            return (length == null || length.trim().equals("0")) && incoming.getHeader("Transfer-Encoding") == null;
        }

        private static boolean isClosedConnection(Throwable failure) {
            return failure instanceof HttpClosedException
                    || (failure instanceof IOException && !(failure instanceof ConnectException));
        }

        private static ProxyResponse problem(ProxyResponse response, int status, String title, String detail, String instance) {
            Buffer body = GatewayProblems.body(status, title, detail, instance).toBuffer();
            return response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                    .putHeader("Content-Length", Integer.toString(body.length())).setBody(Body.body(body));
        }
    }

    /**
     * The gateway is the edge: whatever the caller said about proxies is dropped, and the service is told
     * the scheme, host and port the caller used and the prefix it called under, so the links it writes
     * ({@code Location}, {@code instance}, {@code next}) work from where the caller stands. The caller's
     * {@code Accept-Encoding} stays here too: the gateway compresses, once, for every service.
     */
    static void forwardedHeaders(MultiMap headers, HttpServerRequest incoming, String prefix) {
        List<String> dropped = headers.names().stream().filter(name -> {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.startsWith("x-forwarded-") || lower.equals("forwarded") || lower.equals("x-real-ip");
        }).toList();
        dropped.forEach(headers::remove);
        headers.remove("Accept-Encoding");
        String scheme = "https".equals(incoming.scheme()) ? "https" : "http";
        HostAndPort authority = incoming.authority();
        String host = authority == null ? null : authority.host();
        if (host != null && host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        if (host == null || !SANE_HOST.matcher(host).matches()) {
            host = "localhost";
        }
        int port = authority != null && authority.port() > 0 ? authority.port() : "https".equals(scheme) ? 443 : 80;
        headers.set("X-Forwarded-Proto", scheme);
        headers.set("X-Forwarded-Host", host);
        headers.set("X-Forwarded-Port", Integer.toString(port));
        headers.set("X-Forwarded-Prefix", prefix);
        SocketAddress remote = incoming.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            headers.set("X-Forwarded-For", remote.hostAddress());
        }
    }
}
