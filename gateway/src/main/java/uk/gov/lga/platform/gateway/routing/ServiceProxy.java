package uk.gov.lga.platform.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.lga.platform.gateway.config.GatewayConfig;

/**
 * Routes {@code /api/<service>/**} to the service with Vert.x's reverse proxy, path after the prefix
 * unchanged, headers (the bearer token, the request id) passed on. Of a service's {@code /q/}
 * endpoints only its OpenAPI document is reachable from outside.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final int WRITE_QUEUE = 1 << 20;

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(
                // Bulk downloads (the open dataset) pass through in 64 KB pieces rather than Vert.x's default 8 KB.
                new HttpClientOptions().setConnectTimeout(2_000).setKeepAlive(true).setMaxChunkSize(1 << 16)
                        .setReceiveBufferSize(1 << 20),
                new PoolOptions().setHttp1MaxSize(256));
        for (ServiceRoute route : ServiceRoute.all(config)) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(port(route), route.url().getHost())
                    .addInterceptor(new StripPrefix(route));
            router.route(route.prefix() + "/*").handler(rc -> forward(rc, route, proxy));
        }
        router.route("/api/*").handler(rc -> GatewayProblems.send(rc, 404, "Not Found",
                "No service is routed at " + rc.request().path() + ". Routes: /api/lg-inform, /api/peer-challenge, "
                        + "/api/knowledge-hub, /api/radar."));
    }

    private static void forward(RoutingContext rc, ServiceRoute route, HttpProxy proxy) {
        String servicePath = route.serviceUri(rc.request().path());
        if (servicePath.startsWith("/q/") && !servicePath.equals("/q/openapi")) {
            GatewayProblems.send(rc, 404, "Not Found", "Service management endpoints are not exposed by the gateway.");
            return;
        }
        // The whole open dataset streams through here: a deeper write queue than Vert.x's 64 KB keeps the
        // service sending while the caller's socket drains, instead of stopping and starting every few chunks.
        rc.response().setWriteQueueMaxSize(WRITE_QUEUE);
        proxy.handle(rc.request());
    }

    private static int port(ServiceRoute route) {
        int port = route.url().getPort();
        return port > 0 ? port : "https".equals(route.url().getScheme()) ? 443 : 80;
    }

    /** Removes {@code /api/<service>} from the URI the service receives. */
    private record StripPrefix(ServiceRoute route) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().setURI(route.serviceUri(context.request().getURI()));
            return context.sendRequest();
        }
    }
}
