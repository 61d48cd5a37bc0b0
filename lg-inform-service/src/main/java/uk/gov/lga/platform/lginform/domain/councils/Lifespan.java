package uk.gov.lga.platform.lginform.domain.councils;

import java.time.LocalDate;

/**
 * The days a council existed: from {@code from} to {@code to}, both included; a null end is open (before the
 * register's records, or still existing).
 */
public record Lifespan(LocalDate from, LocalDate to) {

    public static final Lifespan ALWAYS = new Lifespan(null, null);

    public Lifespan {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a life cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** It existed on that day. */
    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** It existed on at least one day from {@code first} to {@code last} (null: open on that side). */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return (from == null || last == null || !last.isBefore(from)) && (to == null || first == null || !first.isAfter(to));
    }

    /** In words, for messages: "from 2023-04-01", "until 2023-03-31", "from 2019-04-01 until 2023-03-31". */
    public String describe() {
        if (from == null && to == null) {
            return "with no known start or end";
        }
        return ((from == null ? "" : "from " + from) + (from != null && to != null ? " " : "")
                + (to == null ? "" : "until " + to));
    }
}
