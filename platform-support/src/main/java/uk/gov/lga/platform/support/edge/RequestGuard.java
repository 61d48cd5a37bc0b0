package uk.gov.lga.platform.support.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Before a request is matched to a resource: its path, query and media-type headers must be readable.
 * A forbidden character ({@link Text}) in a decoded path segment, query parameter or header value, a '%' that
 * is not an escape, an unparseable {@code Content-Type} or {@code Accept}, or a body declared in a charset other
 * than UTF-8 is a 4xx problem here, once for every endpoint, instead of a failure deep in the database or the JSON reader.
 */
public class RequestGuard {

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void check(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            request.getUriInfo().getRequestUri();
        } catch (RuntimeException e) {
            // Host (or X-Forwarded-Host, -Port, -Prefix from a trusted proxy) that makes no URI: nothing could link back.
            throw new ProblemException(400, "Bad Request", "The request's host or forwarded host, port or prefix does not make a URI.",
                    List.of(new Problem.FieldError(HttpHeaders.HOST, "is not a host name and port")));
        }
        List<PathSegment> segments = decoded("path", () -> request.getUriInfo().getPathSegments(true));
        MultivaluedMap<String, String> query = decoded("query", () -> request.getUriInfo().getQueryParameters(true));
        for (PathSegment segment : segments) {
            if (!Text.isAcceptable(segment.getPath())) {
                errors.add(new Problem.FieldError("path", "contains a control character"));
                break;
            }
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean bad = !Text.isAcceptable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(v -> !Text.isAcceptable(v));
            if (bad) {
                errors.add(new Problem.FieldError(Text.isAcceptable(parameter.getKey()) ? parameter.getKey() : "query",
                        "contains a control character"));
            }
        }
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            // Idempotency-Key and the like reach the database: no control character there either.
            if (header.getValue().stream().anyMatch(v -> !Text.isAcceptable(v))) {
                errors.add(new Problem.FieldError(Text.isAcceptable(header.getKey()) ? header.getKey() : "header",
                        "contains a control character"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields.", errors);
        }
        mediaType(request, HttpHeaders.ACCEPT, 406, "Not Acceptable");
        MediaType contentType = mediaType(request, HttpHeaders.CONTENT_TYPE, 415, "Unsupported Media Type");
        if (contentType != null) {
            String charset = contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !isUtf8(charset)) {
                throw new ProblemException(415, "Unsupported Media Type",
                        "Bodies are read as UTF-8 only; the request declares charset " + printable(charset) + ".", List.of());
            }
        }
    }

    /** The path or query decoded; a '%' not followed by two hex digits makes the decoder give up: 400 naming the part. */
    private static <T> T decoded(String part, Supplier<T> decode) {
        try {
            return decode.get();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "Bad Request", "The request target is not valid percent-encoding.",
                    List.of(new Problem.FieldError(part, "has a '%' that is not followed by two hexadecimal digits")));
        }
    }

    /** Parses every value of a media-type header; a malformed one is answered with {@code status}. */
    private static MediaType mediaType(ContainerRequestContext request, String header, int status, String title) {
        MediaType last = null;
        for (String value : request.getHeaders().getOrDefault(header, List.of())) {
            try {
                for (String part : header.equals(HttpHeaders.ACCEPT) ? value.split(",") : new String[] {value}) {
                    if (!part.isBlank()) {
                        last = MediaType.valueOf(part.trim());
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new ProblemException(status, title, "The " + header + " header is not a media type.", List.of());
            }
        }
        return last;
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.replace("\"", "").trim()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) : text;
        return Text.isAcceptable(shown) ? "'" + shown + "'" : "(unreadable)";
    }
}
