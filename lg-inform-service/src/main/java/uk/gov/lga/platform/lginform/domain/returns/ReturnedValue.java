package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.lginform.domain.values.ValueStatus;

import java.math.BigDecimal;

/**
 * A value as submitted, before it is checked against the catalogue. {@code at} says where it was in
 * the request ({@code values[3]} in JSON, {@code line 14} in CSV) so every error can name its place.
 * {@code council} is set for national datasets only.
 */
public record ReturnedValue(String at, String council, String metric, String period, BigDecimal value,
                            ValueStatus status, String note) {

    /** The name of one field of this value in an error, e.g. {@code values[3].metric} or {@code line 14: metric}. */
    public String field(String name) {
        return at.startsWith("line ") ? at + ": " + name : at + "." + name;
    }
}
