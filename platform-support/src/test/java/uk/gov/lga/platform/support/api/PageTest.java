package uk.gov.lga.platform.support.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Page#of}: a repository reads {@code limit + 1} rows; the extra one only says there is more. */
class PageTest {

    /** A row as a repository returns it; its cursor is its id. */
    record Row(long id, String name) {
    }

    private static final Function<Row, String> VIEW = Row::name;
    private static final Function<Row, String> CURSOR = row -> Long.toString(row.id());

    @Test
    void oneRowMoreThanTheLimitShowsTheLimitAndPointsNextAtTheLastShownRow() {
        List<Row> rows = List.of(new Row(10, "a"), new Row(11, "b"), new Row(12, "c"), new Row(13, "d"));

        Page<String> page = Page.of(rows, 3, VIEW, CURSOR);

        assertThat(page.items()).containsExactly("a", "b", "c");
        assertThat(page.next()).isEqualTo("12");
    }

    @Test
    void exactlyTheLimitIsTheLastPage() {
        List<Row> rows = List.of(new Row(10, "a"), new Row(11, "b"), new Row(12, "c"));

        Page<String> page = Page.of(rows, 3, VIEW, CURSOR);

        assertThat(page.items()).containsExactly("a", "b", "c");
        assertThat(page.next()).isNull();
    }

    @Test
    void fewerRowsThanTheLimitIsTheLastPage() {
        Page<String> page = Page.of(List.of(new Row(10, "a")), 3, VIEW, CURSOR);

        assertThat(page.items()).containsExactly("a");
        assertThat(page.next()).isNull();
    }

    @Test
    void noRowsIsAnEmptyLastPage() {
        Page<String> page = Page.of(List.<Row>of(), 3, VIEW, CURSOR);

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNull();
    }

    @Test
    void cursorIsTakenOnlyFromTheLastShownRowNotTheExtraOne() {
        List<String> cursored = new java.util.ArrayList<>();
        List<Row> rows = List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c"));

        Page.of(rows, 2, VIEW, row -> {
            cursored.add(row.name());
            return CURSOR.apply(row);
        });

        assertThat(cursored).containsExactly("b");
    }
}
