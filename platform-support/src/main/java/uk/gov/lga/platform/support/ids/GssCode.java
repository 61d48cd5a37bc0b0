package uk.gov.lga.platform.support.ids;

import java.util.regex.Pattern;

/**
 * An ONS/GSS code naming a council: a nation letter (E, N, S, W) and eight digits, e.g. {@code E08000035}.
 * The one place the format is written; {@link ValidGssCode} checks it on a request's strings.
 */
public record GssCode(String value) implements Comparable<GssCode> {

    public static final String PATTERN = "[ENSW]\\d{8}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public GssCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a GSS code: " + value);
        }
    }

    public static GssCode of(String value) {
        return new GssCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public boolean isEnglish() {
        return value.charAt(0) == 'E';
    }

    @Override
    public int compareTo(GssCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
