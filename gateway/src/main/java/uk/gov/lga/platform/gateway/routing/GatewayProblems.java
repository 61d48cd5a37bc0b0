package uk.gov.lga.platform.gateway.routing;

import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own answers, as RFC 9457 problem+json like the services': every refusal the edge
 * makes (400, 401, 404, 413, 414, 429, 431, 502) is written here.
 */
public final class GatewayProblems {

    /** Where the edge keeps the normalised path, once it has one (the problem's instance). */
    public static final String INSTANCE = "gateway.instance";

    private GatewayProblems() {
    }

    public static void send(RoutingContext rc, int status, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(body(status, title, detail, rc.get(INSTANCE)).encode());
    }

    /** As {@link #send}, then the connection is closed: for refusals that leave a request body unread. */
    public static void sendAndClose(RoutingContext rc, int status, String title, String detail) {
        if (rc.request().version() != HttpVersion.HTTP_2) {
            rc.response().putHeader("Connection", "close");
        }
        send(rc, status, title, detail);
    }

    public static JsonObject body(int status, String title, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }
}
