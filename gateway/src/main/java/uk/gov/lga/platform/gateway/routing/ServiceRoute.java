package uk.gov.lga.platform.gateway.routing;

import uk.gov.lga.platform.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.List;

/** A service behind the gateway: requests to {@code /api/<name>/...} go to the service's {@code /...}. */
public record ServiceRoute(String name, URI url) {

    public String prefix() {
        return "/api/" + name;
    }

    /** The path the service sees: the request path without the route's prefix. */
    public String serviceUri(String requestUri) {
        String rest = requestUri.substring(prefix().length());
        return rest.isEmpty() || rest.startsWith("?") ? "/" + rest : rest;
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
