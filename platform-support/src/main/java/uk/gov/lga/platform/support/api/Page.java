package uk.gov.lga.platform.support.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code next} is the cursor to pass as {@code after} for the following page;
 * absent on the last page.
 */
public record Page<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** Builds a page from up to {@code limit + 1} rows: the extra row only says that there is more. */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, T> view, Function<E, String> cursor) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(view).toList(), more ? cursor.apply(shown.get(shown.size() - 1)) : null);
    }
}
