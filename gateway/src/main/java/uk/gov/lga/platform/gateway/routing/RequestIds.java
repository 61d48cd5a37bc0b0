package uk.gov.lga.platform.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request and response carries an {@code X-Request-Id}: the caller's, if it sent a sane one,
 * else a new one. The services receive it with the proxied request, so one id follows a request
 * through every log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(RequestIds::assign, 1000);
    }

    static void assign(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
        }
        String requestId = id;
        rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, requestId));
        rc.next();
    }
}
