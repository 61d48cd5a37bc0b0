package uk.gov.lga.platform.peerchallenge.domain.offer;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A three-year cycle of the improvement offer, 1 April to 31 March. Cycles follow one another from
 * the first, which began on 1 April 2011, so they start in 2011, 2014, 2017, ...
 */
public record ChallengeCycle(LocalDate start, LocalDate end) {

    public static final LocalDate FIRST_START = LocalDate.of(2011, Month.APRIL, 1);
    public static final int YEARS = 3;
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\d{4}/\\d{2}");

    /** The cycle a day falls in; before 1 April 2011 there was no offer, so there is no cycle. */
    public static ChallengeCycle containing(LocalDate day) {
        if (day.isBefore(FIRST_START)) {
            throw new IllegalArgumentException(day + " is before the first cycle of the offer (" + FIRST_START + ")");
        }
        int financialYear = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        int startYear = FIRST_START.getYear() + (financialYear - FIRST_START.getYear()) / YEARS * YEARS;
        LocalDate start = LocalDate.of(startYear, Month.APRIL, 1);
        return new ChallengeCycle(start, start.plusYears(YEARS).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /** The cycle's financial years in the sector's notation: 2026/27, 2027/28, 2028/29. */
    public List<String> financialYears() {
        return IntStream.range(0, YEARS)
                .mapToObj(i -> financialYear(start.getYear() + i))
                .toList();
    }

    /** The financial year (1 April to 31 March) a day falls in, in the sector's notation: 2026-06-15 is in 2026/27. */
    public static String financialYearOf(LocalDate day) {
        return financialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /**
     * The first day of a financial year written in the sector's notation ({@code 2026/27} starts on 1 April 2026);
     * empty when the text is not such a year (wrong form, or the second part is not the year after the first).
     */
    public static Optional<LocalDate> financialYearStart(String financialYear) {
        if (financialYear == null || !FINANCIAL_YEAR.matcher(financialYear).matches()) {
            return Optional.empty();
        }
        int startYear = Integer.parseInt(financialYear.substring(0, 4));
        return financialYear(startYear).equals(financialYear)
                ? Optional.of(LocalDate.of(startYear, Month.APRIL, 1)) : Optional.empty();
    }

    private static String financialYear(int startYear) {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
