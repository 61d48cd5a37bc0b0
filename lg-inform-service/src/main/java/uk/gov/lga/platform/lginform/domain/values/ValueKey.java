package uk.gov.lga.platform.lginform.domain.values;

import java.util.regex.Pattern;

/**
 * A council, metric and period: a return holds one value of each, revisions are numbered within it, and
 * pages of published values follow its order.
 */
public record ValueKey(String council, String metric, String period) {

    /**
     * What a GSS code, metric id or period is written with: letters, digits, '-', '/' and ' '. A part of a key
     * that a caller sends back (a page cursor) must fit it, and so must every text written into SQL as a literal.
     */
    public static final Pattern PART = Pattern.compile("[A-Za-z0-9 /-]{1,80}");

    /** True if every part fits {@link #PART}. */
    public boolean isWellFormed() {
        return fits(council) && fits(metric) && fits(period);
    }

    private static boolean fits(String part) {
        return part != null && PART.matcher(part).matches();
    }
}
