package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.support.problem.Problem;

import java.util.List;

/**
 * The values read from a request, and the places that could not be read at all (a CSV line with a
 * word where a number belongs). Both are reported together with the catalogue's findings.
 */
public record ReturnedValues(List<ReturnedValue> values, List<Problem.FieldError> unreadable) {

    public ReturnedValues {
        values = List.copyOf(values);
        unreadable = List.copyOf(unreadable);
    }

    public static ReturnedValues of(List<ReturnedValue> values) {
        return new ReturnedValues(values, List.of());
    }
}
