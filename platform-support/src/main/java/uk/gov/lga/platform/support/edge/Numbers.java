package uk.gov.lga.platform.support.edge;

import java.math.BigDecimal;

/**
 * The bounds of every decimal the platform accepts, checked when it is parsed so that a tiny request such as
 * {@code 1e1000000} can never be expanded into megabytes: at most {@value #MAX_DECIMAL_PLACES} decimal places
 * (published statistics carry ten or so) and {@value #MAX_INTEGER_DIGITS} digits before the point.
 * Numbers are read from ASCII only: digits of other scripts are not numbers here.
 */
public final class Numbers {

    public static final int MAX_DECIMAL_PLACES = 15;
    public static final int MAX_INTEGER_DIGITS = 18;
    /** No number within the bounds needs more characters than this, exponent notation included. */
    public static final int MAX_LITERAL_LENGTH = 64;
    public static final String BOUNDS = "is outside the bounds of a number here: at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_DECIMAL_PLACES + " after it";

    private Numbers() {
    }

    /**
     * The value at the precision it was sent (trailing zeros beyond the bound dropped), or null when it is
     * outside the bounds.
     */
    public static BigDecimal bounded(BigDecimal value) {
        if (value.signum() == 0) {
            return value.scale() > MAX_DECIMAL_PLACES || value.scale() < 0 ? BigDecimal.ZERO : value;
        }
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return null;
        }
        if (value.scale() > MAX_DECIMAL_PLACES) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() > MAX_DECIMAL_PLACES ? null : stripped;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Parses a decimal written in ASCII ({@code -12.5}, {@code 3e2}); null for anything else, other scripts'
     * digits and over-long literals included. The result is not yet bounded.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LITERAL_LENGTH) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!allowed) {
                return null;
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@link #parse} then {@link #bounded}: null unless the text is an acceptable number. */
    public static BigDecimal parseBounded(String text) {
        BigDecimal value = parse(text);
        return value == null ? null : bounded(value);
    }
}
