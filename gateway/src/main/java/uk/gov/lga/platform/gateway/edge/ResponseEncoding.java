package uk.gov.lga.platform.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last word on every response's headers, proxied or the gateway's own: {@code Vary: Origin} (CORS
 * answers depend on the caller's origin) and whether the body is compressed. The server compresses
 * (gzip or deflate, as the caller's {@code Accept-Encoding} asks) as the body streams through, chunk by
 * chunk; a response whose type is not in {@code quarkus.http.compress-media-types}, or that is already
 * encoded, is sent as it is ({@code Content-Encoding: identity} tells the server so).
 */
@ApplicationScoped
public class ResponseEncoding {

    private static final String VARY = "Vary";
    private static final String CONTENT_ENCODING = "Content-Encoding";
    private static final String IDENTITY = "identity";

    /** Before CORS (300), so its answers too carry Vary: Origin. */
    public static final int PRIORITY = 950;

    private final Set<String> compressed;

    ResponseEncoding(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressed) {
        this.compressed = compressed.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> decorate(rc.response().headers(), rc.response().getStatusCode(), compressed));
            rc.next();
        }, PRIORITY);
    }

    static void decorate(MultiMap headers, int status, Set<String> compressedTypes) {
        vary(headers, "Origin");
        String encoding = headers.get(CONTENT_ENCODING);
        boolean unencoded = encoding == null || IDENTITY.equalsIgnoreCase(encoding.trim());
        if (unencoded && status != 204 && status != 304 && compressedTypes.contains(baseType(headers.get("Content-Type")))) {
            headers.remove(CONTENT_ENCODING);
            vary(headers, "Accept-Encoding");
        } else if (encoding == null) {
            headers.set(CONTENT_ENCODING, IDENTITY);
        }
    }

    /** Adds a field to Vary once, keeping what the service already listed. */
    static void vary(MultiMap headers, String field) {
        List<String> values = headers.getAll(VARY);
        for (String value : values) {
            for (String listed : value.split(",")) {
                String name = listed.trim();
                if (name.equals("*") || name.equalsIgnoreCase(field)) {
                    return;
                }
            }
        }
        headers.set(VARY, values.isEmpty() ? field : String.join(", ", values) + ", " + field);
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
