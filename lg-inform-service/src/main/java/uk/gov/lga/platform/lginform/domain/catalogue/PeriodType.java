package uk.gov.lga.platform.lginform.domain.catalogue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a metric's periods are named: {@code 2024/25}, {@code 2024/25 Q1} or {@code 2024}. */
public enum PeriodType {
    FINANCIAL_YEAR(Pattern.compile("(\\d{4})/(\\d{2})"), "a financial year such as 2024/25"),
    QUARTER(Pattern.compile("(\\d{4})/(\\d{2}) Q([1-4])"), "a quarter such as 2024/25 Q1"),
    CALENDAR_YEAR(Pattern.compile("(\\d{4})"), "a calendar year such as 2024");

    private final Pattern pattern;
    private final String example;

    PeriodType(Pattern pattern, String example) {
        this.pattern = pattern;
        this.example = example;
    }

    /** True if the period is well formed for this type (a financial year's second half follows its first). */
    public boolean accepts(String period) {
        if (period == null) {
            return false;
        }
        Matcher m = pattern.matcher(period);
        if (!m.matches()) {
            return false;
        }
        if (this == CALENDAR_YEAR) {
            return true;
        }
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == (start + 1) % 100;
    }

    /**
     * The period immediately before this one in this type's sequence: 2024/25 → 2023/24,
     * 2024/25 Q1 → 2023/24 Q4, 2024 → 2023.
     */
    public String previous(String period) {
        if (!accepts(period)) {
            throw new IllegalArgumentException("'" + period + "' is not " + example);
        }
        Matcher m = pattern.matcher(period);
        m.matches();
        int start = Integer.parseInt(m.group(1));
        return switch (this) {
            case FINANCIAL_YEAR -> financialYear(start - 1);
            case QUARTER -> {
                int quarter = Integer.parseInt(m.group(3));
                yield quarter == 1 ? financialYear(start - 1) + " Q4" : financialYear(start) + " Q" + (quarter - 1);
            }
            case CALENDAR_YEAR -> String.format(Locale.ROOT, "%04d", start - 1);
        };
    }

    /**
     * The first day of a well-formed period: a financial year starts on 1 April (2016/17: 2016-04-01), its
     * quarters every three months from there (2016/17 Q4: 2017-01-01), a calendar year on 1 January.
     */
    public LocalDate firstDay(String period) {
        if (!accepts(period)) {
            throw new IllegalArgumentException("'" + period + "' is not " + example);
        }
        Matcher m = pattern.matcher(period);
        m.matches();
        int start = Integer.parseInt(m.group(1));
        return switch (this) {
            case FINANCIAL_YEAR -> LocalDate.of(start, 4, 1);
            case QUARTER -> LocalDate.of(start, 4, 1).plusMonths(3L * (Integer.parseInt(m.group(3)) - 1));
            case CALENDAR_YEAR -> LocalDate.of(start, 1, 1);
        };
    }

    /** The last day of a well-formed period: 2016/17 ends on 2017-03-31, 2016/17 Q1 on 2016-06-30, 2016 on 2016-12-31. */
    public LocalDate lastDay(String period) {
        LocalDate first = firstDay(period);
        return (this == QUARTER ? first.plusMonths(3) : first.plusYears(1)).minusDays(1);
    }

    private static String financialYear(int start) {
        return String.format(Locale.ROOT, "%04d/%02d", start, (start + 1) % 100);
    }

    public String example() {
        return example;
    }
}
