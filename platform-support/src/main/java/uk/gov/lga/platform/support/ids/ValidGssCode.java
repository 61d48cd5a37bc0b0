package uk.gov.lga.platform.support.ids;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A string that is a {@link GssCode}; null passes (combine with {@code @NotNull} where it is required). */
@Pattern(regexp = GssCode.PATTERN)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, TYPE_USE})
public @interface ValidGssCode {

    String message() default "must be a GSS code such as E08000035";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
