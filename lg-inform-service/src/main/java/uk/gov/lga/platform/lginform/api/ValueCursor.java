package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.values.PublishedValue;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** The opaque cursor of value pages: the key (council, metric, period) of the last value shown. */
final class ValueCursor {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9 /-]{1,80}");

    private ValueCursor() {
    }

    static String after(PublishedValue last) {
        String key = last.councilCode() + "|" + last.metric() + "|" + last.period();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key to continue after, or null for the first page; a cursor not made here is a 400. */
    static List<String> parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            List<String> key = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1));
            if (key.size() == 3 && key.stream().allMatch(k -> PART.matcher(k).matches())) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException(400, "Bad Request", "The after cursor is not one this service gave out.",
                List.of(new uk.gov.lga.platform.support.problem.Problem.FieldError("after", "is not a valid cursor")));
    }
}
