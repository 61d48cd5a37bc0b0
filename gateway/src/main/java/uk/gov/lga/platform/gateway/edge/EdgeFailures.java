package uk.gov.lga.platform.gateway.edge;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.gateway.routing.GatewayProblems;

/**
 * Every failure at the edge answers as a problem: a refused bearer token (401, with the RFC 6750
 * challenge), any other client error with its own status, and anything else as a logged 500; and a
 * path that no route serves is a 404 problem. Registered before Quarkus's own failure handlers, so
 * none of them writes an empty or HTML body.
 */
@ApplicationScoped
public class EdgeFailures {

    private static final Logger LOG = Logger.getLogger(EdgeFailures.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).failureHandler(EdgeFailures::onFailure);
        // After every route of the gateway and of Quarkus: what none of them served.
        router.route().last().handler(rc -> GatewayProblems.send(rc, 404, "Not Found",
                "Nothing is served at " + rc.request().path() + "."));
    }

    static void onFailure(RoutingContext rc) {
        if (rc.response().ended()) {
            return;
        }
        Throwable failure = rootOf(rc.failure());
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || (failure == null && rc.statusCode() == 401)) {
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            GatewayProblems.send(rc, 401, "Unauthorized", "The bearer token was refused: it is not valid, has expired, "
                    + "or is not an access token issued for this platform. Send a valid one, or none to read open data.");
            return;
        }
        if (failure instanceof ForbiddenException) {
            GatewayProblems.send(rc, 403, "Forbidden", "Not allowed.");
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
        if (status >= 400 && status < 500) {
            GatewayProblems.send(rc, status, HttpResponseStatus.valueOf(status).reasonPhrase(),
                    failure instanceof HttpException http && http.getPayload() != null ? http.getPayload()
                            : "The request was refused.");
            return;
        }
        LOG.errorf(failure, "Request %s %s failed", rc.request().method(), rc.request().path());
        GatewayProblems.send(rc, 500, "Internal Server Error",
                "The gateway failed on this request; its X-Request-Id names it in the gateway's log.");
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        while (current != null && !(current instanceof AuthenticationFailedException || current instanceof UnauthorizedException
                || current instanceof ForbiddenException || current instanceof HttpException) && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
