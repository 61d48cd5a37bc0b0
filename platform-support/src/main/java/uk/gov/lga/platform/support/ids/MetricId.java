package uk.gov.lga.platform.support.ids;

import java.util.regex.Pattern;

/**
 * An LG Inform metric id: 2 to 80 characters of a-z, 0-9 and -, e.g. {@code household-waste-recycled}.
 * The one place the format is written; {@link ValidMetricId} checks it on a request's strings.
 */
public record MetricId(String value) implements Comparable<MetricId> {

    public static final String PATTERN = "[a-z0-9-]{2,80}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public MetricId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a metric id: " + value);
        }
    }

    public static MetricId of(String value) {
        return new MetricId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(MetricId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
