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

/** A string that is a {@link MetricId}; null passes (combine with {@code @NotNull} where it is required). */
@Pattern(regexp = MetricId.PATTERN)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, TYPE_USE})
public @interface ValidMetricId {

    String message() default "must be a metric id: 2 to 80 characters of a-z, 0-9 and -";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
