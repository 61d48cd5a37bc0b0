package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.values.PublishedValue;

import java.util.List;

/** Published values as CSV rows, the same columns as the open-data export. */
final class ValueCsv {

    static final String HEADER = "council_code,council_name,metric,period,value,status,revision,published_at,note\n";

    private ValueCsv() {
    }

    static String of(List<PublishedValue> values) {
        StringBuilder out = new StringBuilder(HEADER);
        for (PublishedValue v : values) {
            out.append(v.councilCode()).append(',').append(quote(v.councilName())).append(',').append(v.metric()).append(',')
                    .append(v.period()).append(',').append(v.value().toPlainString()).append(',').append(v.status()).append(',')
                    .append(v.revision()).append(',').append(v.publishedAt()).append(',')
                    .append(v.note() == null ? "" : quote(safe(v.note()))).append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Spreadsheet formula injection: a cell starting with = + - @, a tab or a carriage return is prefixed with '. */
    private static String safe(String note) {
        return !note.isEmpty() && "=+-@\t\r".indexOf(note.charAt(0)) >= 0 ? "'" + note : note;
    }
}
