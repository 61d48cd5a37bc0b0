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
 * 400 problem. A JSON body of {@code null} where a resource expects an object is a 400 too.
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
            context.setInputStream(new ByteArrayInputStream(body));
        }
        Object entity = context.proceed();
        if (entity == null && context.getType() != Object.class) {
            throw new ProblemException(400, "Bad Request", "The body is empty or null; this operation needs one.", List.of());
        }
        return entity;
    }

    private static boolean isText(MediaType type) {
        return type.getSubtype().endsWith("json") || "text".equals(type.getType());
    }
}
