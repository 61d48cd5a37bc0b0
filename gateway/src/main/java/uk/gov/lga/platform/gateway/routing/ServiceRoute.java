package uk.gov.lga.platform.gateway.routing;

import uk.gov.lga.platform.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A service behind the gateway: requests to {@code /api/<name>/...} go to the service's {@code /...}. */
public record ServiceRoute(String name, URI url) {

    /** The one management document of a service that is reachable from outside. */
    public static final String OPEN_MANAGEMENT_PATH = "/q/openapi";

    public String prefix() {
        return "/api/" + name;
    }

    /** Whether a (normalised) gateway path belongs to this route. */
    public boolean routes(String path) {
        return path.equals(prefix()) || path.startsWith(prefix() + "/");
    }

    /** The path the service sees: the normalised request path without the route's prefix. */
    public String servicePath(String path) {
        String rest = path.substring(prefix().length());
        return rest.isEmpty() ? "/" : rest;
    }

    /** Whether a service path is a management endpoint ({@code /q/...}) the gateway does not expose. */
    public static boolean isHiddenManagementPath(String servicePath) {
        boolean management = servicePath.equals("/q") || servicePath.startsWith("/q/");
        return management && !servicePath.equals(OPEN_MANAGEMENT_PATH);
    }

    public static Optional<ServiceRoute> forPath(List<ServiceRoute> routes, String path) {
        return routes.stream().filter(route -> route.routes(path)).findFirst();
    }

    public static List<ServiceRoute> all(GatewayConfig config) {
        GatewayConfig.Services s = config.services();
        return List.of(
                new ServiceRoute("lg-inform", s.lgInform().url()),
                new ServiceRoute("peer-challenge", s.peerChallenge().url()),
                new ServiceRoute("knowledge-hub", s.knowledgeHub().url()),
                new ServiceRoute("radar", s.radar().url()));
    }
}
