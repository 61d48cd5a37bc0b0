package uk.gov.lga.platform.gateway.routing;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own errors, as problem+json like the services'. */
final class GatewayProblems {

    private GatewayProblems() {
    }

    static void send(RoutingContext rc, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.request().path());
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(problem.encode());
    }
}
