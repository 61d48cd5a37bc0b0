package uk.gov.lga.platform.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem details body. {@code errors} names each bad field or CSV line. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the input: where ({@code field}, e.g. {@code values[2].metric} or {@code line 14}) and why. */
    public record FieldError(String field, String message) {
    }
}
