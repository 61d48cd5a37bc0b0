package uk.gov.lga.platform.lginform.domain;

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

    public String example() {
        return example;
    }
}
