package uk.gov.lga.platform.support.edge;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every request body, JSON or CSV, is strict UTF-8 text ({@link Utf8}) before any reader sees it: UTF-16
 * and UTF-32 (which Jackson would otherwise detect and accept), overlong forms, surrogates and NUL are a
 * 400 problem. A JSON body of {@code null} is a 400 too, whether a reader maps it or the resource takes the bytes.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && isText(type)) {
            byte[] body;
            try (InputStream in = context.getInputStream()) {
                body = in.readAllBytes();
            }
            Utf8.requireText(body);
            if (type.getSubtype().endsWith("json") && isNull(body)) {
                // Also where a resource takes the body as bytes and reads it itself (an Idempotency-Key hashes them).
                throw nullBody();
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        Object entity = context.proceed();
        if (entity == null && context.getType() != Object.class) {
            throw nullBody();
        }
        return entity;
    }

    private static ProblemException nullBody() {
        return new ProblemException(400, "Bad Request", "The body is empty or null; this operation needs one.", List.of());
    }

    /** The JSON text {@code null}, with any whitespace around it: no operation of ours takes it. */
    static boolean isNull(byte[] body) {
        int start = 0;
        int end = body.length;
        while (start < end && isSpace(body[start])) {
            start++;
        }
        while (end > start && isSpace(body[end - 1])) {
            end--;
        }
        return end - start == 4 && body[start] == 'n' && body[start + 1] == 'u' && body[start + 2] == 'l' && body[start + 3] == 'l';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isText(MediaType type) {
        return type.getSubtype().endsWith("json") || "text".equals(type.getType());
    }
}
