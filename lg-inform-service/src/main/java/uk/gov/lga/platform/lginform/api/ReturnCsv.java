package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValues;
import uk.gov.lga.platform.lginform.domain.values.ValueStatus;
import uk.gov.lga.platform.support.edge.Numbers;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a data return in CSV: UTF-8, a header row naming the columns ({@code metric,period,value}
 * and optionally {@code status}, {@code note}; national datasets also {@code council}), in any
 * order. Every problem is reported at once with its line number (the header is line 1).
 */
final class ReturnCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final Set<String> OPTIONAL = Set.of("status", "note");

    private ReturnCsv() {
    }

    static ReturnedValues parse(byte[] body, boolean withCouncil) {
        String text = utf8(body);
        if (text.isBlank()) {
            throw ProblemException.badRequest("The body is empty: expected a header row and at least one value.");
        }
        List<String> required = withCouncil ? List.of("council", "metric", "period", "value") : List.of("metric", "period", "value");
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ReturnedValue> values = new ArrayList<>();
        Map<String, Integer> columns = null;
        // Thousands of rows repeat a few councils, metrics and periods: keep one copy of each.
        Map<String, String> names = new HashMap<>();
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(text)) {
            List<String> row = new ArrayList<>();
            int line = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    // A row's start is placed where the row before it ended, which a quoted line break in that row
                    // makes wrong: the row's line is where its first cell starts (lines of the source, header line 1).
                    line = 0;
                    row.clear();
                } else if (token == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    row.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY) {
                    if (columns == null) {
                        columns = header(row, required, withCouncil, errors);
                        if (!errors.isEmpty()) {
                            throw invalid(errors);
                        }
                    } else if (!(row.size() == 1 && row.get(0).isBlank())) {
                        if (values.size() + errors.size() >= DataReturnLimits.MAX_VALUES) {
                            throw ProblemException.badRequest("A return may hold at most " + DataReturnLimits.MAX_VALUES + " values.");
                        }
                        ReturnedValue value = row("line " + line, row, columns, names, errors);
                        if (value != null) {
                            values.add(value);
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw invalid(List.of(new Problem.FieldError(at == null ? "body" : "line " + at.getLineNr(),
                    "is not valid CSV: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw ProblemException.badRequest("The CSV body could not be read: " + e.getMessage());
        }
        if (values.isEmpty() && errors.isEmpty()) {
            throw ProblemException.badRequest("The CSV has a header row but no values.");
        }
        return new ReturnedValues(values, errors);
    }

    private static Map<String, Integer> header(List<String> names, List<String> required, boolean withCouncil,
                                               List<Problem.FieldError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (!required.contains(name) && !OPTIONAL.contains(name)) {
                errors.add(new Problem.FieldError("line 1", "unknown column '" + names.get(i) + "'"
                        + (!withCouncil && name.equals("council") ? " (national datasets go to POST /data-returns)" : "")));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new Problem.FieldError("line 1", "column '" + name + "' appears twice"));
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                errors.add(new Problem.FieldError("line 1", "the header has no '" + name + "' column; expected "
                        + String.join(",", required) + "[,status][,note]"));
            }
        }
        return columns;
    }

    private static ReturnedValue row(String line, List<String> row, Map<String, Integer> columns, Map<String, String> names,
                                     List<Problem.FieldError> errors) {
        if (row.size() != columns.size()) {
            errors.add(new Problem.FieldError(line, "has " + row.size() + " fields; the header has " + columns.size()));
            return null;
        }
        int before = errors.size();
        String metric = one(names, cell(row, columns, "metric"));
        String period = one(names, cell(row, columns, "period"));
        String council = one(names, cell(row, columns, "council"));
        String note = cell(row, columns, "note");
        if (metric == null) {
            errors.add(new Problem.FieldError(line + ": metric", "is empty"));
        }
        if (period == null) {
            errors.add(new Problem.FieldError(line + ": period", "is empty"));
        }
        if (columns.containsKey("council") && council == null) {
            errors.add(new Problem.FieldError(line + ": council", "is empty"));
        }
        BigDecimal value = number(cell(row, columns, "value"), line, errors);
        ValueStatus status = status(cell(row, columns, "status"), line, errors);
        if (errors.size() > before) {
            return null;
        }
        return new ReturnedValue(line, council, metric, period, value, status, note);
    }

    private static String one(Map<String, String> names, String name) {
        return name == null ? null : names.computeIfAbsent(name, n -> n);
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) {
            return null;
        }
        String s = row.get(i).trim();
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal number(String text, String line, List<Problem.FieldError> errors) {
        if (text == null) {
            errors.add(new Problem.FieldError(line + ": value", "is empty; leave a missing value out of the return"));
            return null;
        }
        // One bound for every number the platform reads (Numbers): as the JSON reader applies it, so does CSV.
        BigDecimal number = Numbers.parse(text);
        if (number == null) {
            errors.add(new Problem.FieldError(line + ": value", "'" + abbreviate(text) + "' is not a number"));
            return null;
        }
        BigDecimal bounded = Numbers.bounded(number);
        if (bounded == null) {
            errors.add(new Problem.FieldError(line + ": value", "'" + abbreviate(text) + "' " + Numbers.BOUNDS));
        }
        return bounded;
    }

    private static ValueStatus status(String text, String line, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return ValueStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(line + ": status", "'" + abbreviate(text) + "' is not provisional or final"));
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not UTF-8 text; send CSV encoded as UTF-8.");
        }
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return ProblemException.invalid("The data return was not accepted: " + errors.size()
                + " problem(s) found. Nothing was stored.", errors);
    }
}
