package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.values.PublishedValue;
import uk.gov.lga.platform.lginform.domain.values.ValueKey;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The opaque cursor of value pages: the key (council, metric, period) of the last value shown. */
final class ValueCursor {

    private ValueCursor() {
    }

    static String after(PublishedValue last) {
        String key = last.councilCode() + "|" + last.metric() + "|" + last.period();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key to continue after, or null for the first page; a cursor not made here is a 400. */
    static ValueKey parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 3) {
                ValueKey key = new ValueKey(parts[0], parts[1], parts[2]);
                if (key.isWellFormed()) {
                    return key;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException(400, "Bad Request", "The after cursor is not one this service gave out.",
                List.of(new Problem.FieldError("after", "is not a valid cursor")));
    }
}
