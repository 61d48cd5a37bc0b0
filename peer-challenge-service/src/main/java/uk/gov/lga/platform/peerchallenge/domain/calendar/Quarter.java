package uk.gov.lga.platform.peerchallenge.domain.calendar;

import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A calendar quarter of the booking calendar, written {@code 2026-Q3} (July to September 2026). A three-year cycle
 * of the offer (from 1 April) holds twelve: the cycle of 2026 runs from 2026-Q2 to 2029-Q1. The first is 2011-Q2,
 * the quarter the offer began.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public static final String PATTERN = "^[0-9]{4}-Q[1-4]$";
    public static final String EXAMPLE = "2026-Q3";
    private static final Pattern SYNTAX = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final int LAST_YEAR = 2099;
    public static final Quarter FIRST = new Quarter(ChallengeCycle.FIRST_START.getYear(), 2);

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4: " + number);
        }
    }

    /**
     * Reads a quarter as callers write it; a 400 problem naming {@code field} when it is not one, or lies before
     * the offer began or after 2099.
     */
    public static Quarter parse(String text, String field) {
        Matcher m = text == null ? null : SYNTAX.matcher(text);
        if (m == null || !m.matches()) {
            throw wrong(field, "must be a calendar quarter such as " + EXAMPLE + " (July to September 2026)");
        }
        Quarter quarter = new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (quarter.compareTo(FIRST) < 0 || quarter.year > LAST_YEAR) {
            throw wrong(field, "must lie between " + FIRST + " (when the offer began) and " + LAST_YEAR + "-Q4");
        }
        return quarter;
    }

    /** The quarter a day falls in. */
    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The twelve quarters of a cycle, in order. */
    public static List<Quarter> of(ChallengeCycle cycle) {
        return Stream.iterate(containing(cycle.start()), q -> !q.startsOn().isAfter(cycle.end()), Quarter::next).toList();
    }

    public LocalDate startsOn() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate endsOn() {
        return next().startsOn().minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** The offer's cycle the quarter belongs to (quarters never straddle one: cycles start on 1 April). */
    public ChallengeCycle cycle() {
        return ChallengeCycle.containing(startsOn());
    }

    /** Over: its last day is before {@code today}. */
    public boolean endedBefore(LocalDate today) {
        return endsOn().isBefore(today);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }

    private static ProblemException wrong(String field, String message) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields.",
                List.of(new Problem.FieldError(field, message)));
    }
}
