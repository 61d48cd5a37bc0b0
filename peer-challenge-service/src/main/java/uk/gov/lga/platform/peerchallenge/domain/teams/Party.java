package uk.gov.lga.platform.peerchallenge.domain.teams;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Political parties as matching compares them: LG Inform's controlling party and a member peer's political group
 * are written by different people ("Liberal Democrat", "LIBERAL_DEMOCRAT"), so both are compared in one form.
 */
public final class Party {

    /** LG Inform's word for a council no party controls: no lead member peer matches it. */
    public static final String NO_OVERALL_CONTROL = "NO_OVERALL_CONTROL";

    private static final Pattern OTHERS = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern EDGES = Pattern.compile("^_+|_+$");

    private Party() {
    }

    /** Upper case, every run of other characters than letters and digits one underscore; null stays null. */
    public static String normalise(String party) {
        if (party == null) {
            return null;
        }
        return EDGES.matcher(OTHERS.matcher(party.trim().toUpperCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
    }

    /** A controlling party a lead member peer can belong to: a party, not no overall control or nothing. */
    public static boolean isParty(String normalised) {
        return normalised != null && !normalised.isEmpty() && !NO_OVERALL_CONTROL.equals(normalised);
    }
}
