package uk.gov.lga.platform.support.problem;

import jakarta.ws.rs.WebApplicationException;

import java.util.List;

/**
 * Thrown by domain code to answer with a problem; the mapper turns it into problem+json. A
 * {@link WebApplicationException}, so that JAX-RS passes it on unchanged from a parameter converter or a
 * filter instead of wrapping it (a failed query parameter conversion would otherwise become a bare 404).
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String title;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, status);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "Unprocessable Content", detail, errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
