package uk.gov.lga.platform.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The inputs of {@link HostileRequests}, drawn from one {@link GeneratedStrings} (so one seed repeats a run): values
 * for path, query and header parameters; JSON bodies shaped by an operation's schema with hostile leaves; CSV
 * bodies; and whole-body attacks (null, arrays, duplicate keys, a second document, UTF-16/32, overlong UTF-8,
 * deep nesting, huge numbers, wrong types). Ordinary values are drawn too, often, so that hostile parts reach
 * the code behind the first check.
 */
final class HostileValues {

    /** Characters ordinary values of ours are made of. */
    static final String NEAR = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:/., ";

    /** Hostile texts every parameter and field is tried with: each one a class of failure seen at the edge. */
    static final List<String> HOSTILE = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f", "\r\nX-Injected: 1", "\t",
            "maybe", "TRUE", "yes", "null", "undefined", "NaN", "Infinity", "-Infinity",
            "1e999999999", "1E-999999999", "0e2147483648", "-1e308", "9".repeat(40), "0." + "0".repeat(80) + "1",
            "-1", "0", "-0", "+1", " 1", "1 ", "0x10", "1.5", "2147483648", "-2147483649", "9223372036854775808",
            "\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "\u0967\u0968", "\uD835\uDFCF",
            "..", "../..", "%", "%00", "%2e%2e", "/", "\\", "'", "\"", "<script>", "' OR '1'='1", "${jndi:x}",
            "custom:", "custom:-1", "custom:99999999999999999999", "custom:\u0661", "latest:0", "latest:999", "latest:",
            "nearest-neighbours:", "type:", "region:", "county:E99999999", "E99999999", "e08000035", "E0800003\u0665",
            "9999/00", "2024/25 Q9", "0000/01", "2024/2", "99999", "2024/25\u0000",
            "\uFEFF", "\u202E", "\u200B", "\uD800", "\uDFFF", "\uFFFF", "\u00DF", "\u0130");

    private static final List<String> WITHOUT_DIGITS = HOSTILE.stream()
            .filter(s -> s.codePoints().noneMatch(Character::isDigit)).toList();

    private final GeneratedStrings random;

    HostileValues(GeneratedStrings random) {
        this.random = random;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int min, int max) {
        return random.between(min, max);
    }

    /** Some ordinary-looking value for a schema: a known one, an enum constant, its example, or one of its type. */
    String ordinary(JsonNode schema, List<String> known) {
        if (!known.isEmpty() && chance(70)) {
            return pick(known);
        }
        if (schema != null) {
            JsonNode values = schema.path("enum");
            if (values.isArray() && !values.isEmpty() && chance(80)) {
                return values.get(random.nextInt(values.size())).asText();
            }
            JsonNode example = schema.has("example") ? schema.get("example")
                    : schema.path("examples").isArray() && !schema.path("examples").isEmpty() ? schema.path("examples").get(0) : null;
            if (example != null && example.isValueNode() && chance(60)) {
                return example.asText();
            }
            switch (schema.path("type").asText("")) {
                case "integer", "number" -> {
                    // Never an id that another test's data could have: small ids are for the known values.
                    return chance(50) ? Integer.toString(random.between(1, 500)) : Long.toString(1_000_000_000L + random.nextInt(1_000_000));
                }
                case "boolean" -> {
                    return chance(50) ? "true" : "false";
                }
                default -> {
                }
            }
        }
        return random.anyString(12, NEAR);
    }

    /**
     * A value for a path, query or header parameter: ordinary, a known value edited, or hostile. With
     * {@code mutating}, a path parameter of a PUT or DELETE, never a plausible id of someone else's data.
     */
    String parameter(JsonNode schema, List<String> known, boolean mutating) {
        int kind = random.nextInt(100);
        if (mutating) {
            if (!known.isEmpty() && kind < 40) {
                return pick(known);
            }
            // No digit of any script, or a control character inside: never another test's id, however read.
            return kind < 80 ? pick(WITHOUT_DIGITS) : random.withAtRandomPosition(known.isEmpty() ? "x" : pick(known),
                    random.outside(c -> c >= 0x20));
        }
        if (kind < 35) {
            return ordinary(schema, known);
        }
        if (kind < 70) {
            return pick(HOSTILE);
        }
        String base = ordinary(schema, known);
        return switch (kind % 5) {
            case 0 -> random.variantOf(base, NEAR);
            case 1 -> random.withAtRandomPosition(base, random.outside(c -> c >= 0x20 && c < 0x7f));
            case 2 -> base.repeat(between(50, 400));
            case 3 -> base + pick(HOSTILE);
            default -> random.anyString(between(0, 60), NEAR);
        };
    }

    /** Percent-encodes UTF-8 for a path segment or query component; now and then a malformed or overlong escape. */
    String encode(String text, boolean inPath) {
        if (chance(3)) {
            return pick(List.of("%", "%zz", "%C0%80", "%C0%AE", "%E0%80%80", "%ED%A0%80", "%FF", "%F4%90%80%80", "%00%00", "%25"));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || (!inPath && (c == ':' || c == ',' || c == '/'))
                    || (inPath && c == ':');
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** A header value as bytes on the wire allow: printable ASCII and obs-text, now and then a control byte. */
    String headerValue(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            out.append(c >= 0x20 && c != 0x7f || c == '\t' ? (char) c : chance(2) ? (char) c : '?');
        }
        return out.toString();
    }

    // ---- bodies

    /** A JSON text shaped by the schema (resolved with {@code refs}), with hostile leaves and wrong types here and there. */
    String json(JsonNode schema, Function<String, JsonNode> refs, Map<String, List<String>> known, int depth) {
        JsonNode s = resolve(schema, refs);
        if (s == null || s.isMissingNode() || depth > 6) {
            return scalar(null, List.of());
        }
        if (chance(4)) {
            return pick(List.of("null", "[]", "{}", "\"\"", "0", "true", "\"maybe\"", "1e999999", "-0.0e-999999"));
        }
        String type = s.path("type").asText("");
        if (type.isEmpty() && s.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" -> {
                StringBuilder out = new StringBuilder("{");
                boolean first = true;
                Iterator<Map.Entry<String, JsonNode>> fields = s.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!chance(85)) {
                        continue;
                    }
                    int times = chance(3) ? 2 : 1; // a duplicate key now and then
                    for (int i = 0; i < times; i++) {
                        out.append(first ? "" : ",").append(string(field.getKey())).append(':')
                                .append(jsonField(field.getKey(), field.getValue(), refs, known, depth + 1));
                        first = false;
                    }
                }
                if (chance(5)) {
                    out.append(first ? "" : ",").append(string(random.anyString(10, NEAR))).append(":1");
                }
                return out.append('}').toString();
            }
            case "array" -> {
                int n = chance(3) ? between(200, 2000) : between(0, 4);
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ",").append(json(s.path("items"), refs, known, depth + 1));
                }
                return out.append(']').toString();
            }
            default -> {
                return scalar(s, List.of());
            }
        }
    }

    private String jsonField(String name, JsonNode schema, Function<String, JsonNode> refs, Map<String, List<String>> known,
                             int depth) {
        JsonNode s = resolve(schema, refs);
        List<String> knownValues = known.getOrDefault(name, List.of());
        if (s != null && "array".equals(s.path("type").asText()) && !knownValues.isEmpty()) {
            JsonNode items = resolve(s.path("items"), refs);
            if (items != null && !"object".equals(items.path("type").asText()) && chance(60)) {
                int n = between(0, 4);
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ",").append(scalar(items, knownValues));
                }
                return out.append(']').toString();
            }
        }
        if (s != null && ("object".equals(s.path("type").asText()) || "array".equals(s.path("type").asText()) || s.has("properties"))) {
            return json(s, refs, known, depth);
        }
        return scalar(s, knownValues);
    }

    /** A JSON scalar for the schema: ordinary, hostile, or of the wrong type. */
    String scalar(JsonNode schema, List<String> known) {
        String type = schema == null ? "" : schema.path("type").asText("");
        int kind = random.nextInt(100);
        if (kind < 45) {
            String value = ordinary(schema, known);
            return switch (type) {
                case "integer", "number" -> isJsonNumber(value) ? value : string(value);
                case "boolean" -> "true".equals(value) || "false".equals(value) ? value : string(value);
                default -> string(value);
            };
        }
        if (kind < 60 && (type.equals("integer") || type.equals("number"))) {
            return pick(List.of("1e999999999", "-1e-999999999", "1" + "0".repeat(between(20, 2000)), "0." + "0".repeat(between(20, 2000)) + "1",
                    "123456789012345678901234567890.5", "1E+400", "-0", "0.00000000000000000001", "\"12\"", "\"\u0661\u0662\"",
                    "\"1e999999\"", "true", "[1]", "{}", "null", "2147483648", "9223372036854775808", "1.5", "-1"));
        }
        if (kind < 65) {
            return pick(List.of("null", "true", "false", "0", "-1", "[]", "{}", "[null]", "1e400", "\"\""));
        }
        return string(kind < 90 ? pick(HOSTILE) : random.anyString(between(0, 3000), NEAR));
    }

    private static boolean isJsonNumber(String value) {
        return value.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    }

    /** A JSON string literal, control characters escaped as JSON says (so NUL arrives as a character, not a byte). */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static JsonNode resolve(JsonNode schema, Function<String, JsonNode> refs) {
        JsonNode s = schema;
        for (int i = 0; s != null && s.has("$ref") && i < 10; i++) {
            s = refs.apply(s.get("$ref").asText());
        }
        if (s != null && s.path("allOf").isArray() && !s.path("allOf").isEmpty()) {
            return resolve(s.path("allOf").get(0), refs);
        }
        return s;
    }

    /** A JSON body, then, one time in three, attacked as a whole. */
    byte[] jsonBody(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        if (!chance(35)) {
            return utf8;
        }
        return switch (random.nextInt(16)) {
            case 0 -> "null".getBytes(StandardCharsets.UTF_8);
            case 1 -> ("[" + json + "]").getBytes(StandardCharsets.UTF_8);
            case 2 -> (json + " " + json).getBytes(StandardCharsets.UTF_8);
            case 3 -> json.replaceFirst("\\{\"([^\"]*)\":", "{\"$1\":0,\"$1\":").getBytes(StandardCharsets.UTF_8);
            case 4 -> json.getBytes(pick(List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
                    Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"))));
            case 5 -> splice(utf8, pick(List.of(new byte[] {(byte) 0xC0, (byte) 0xAE}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAE},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    new byte[] {(byte) 0xFF}, new byte[] {0}, new byte[] {(byte) 0xC2})));
            case 6 -> ("[".repeat(between(65, 20_000)) + "]".repeat(between(0, 3))).getBytes(StandardCharsets.UTF_8);
            case 7 -> ("{\"a\":".repeat(between(65, 5_000)) + "1").getBytes(StandardCharsets.UTF_8);
            case 8 -> ("1" + "0".repeat(between(1_000, 200_000))).getBytes(StandardCharsets.UTF_8);
            case 9 -> ("{\"value\":0e" + "9".repeat(between(5, 12)) + "}").getBytes(StandardCharsets.UTF_8);
            case 10 -> random.bytes(300);
            case 11 -> json.substring(0, random.nextInt(json.length() + 1)).getBytes(StandardCharsets.UTF_8);
            case 12 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
            case 13 -> new byte[0];
            case 14 -> json.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            default -> ("\"" + json.replace("\"", "\\\"") + "\"").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A CSV body with a header of the given columns (shuffled, some dropped or doubled) and hostile cells. */
    byte[] csvBody(List<String> columns, Map<String, List<String>> known) {
        List<String> header = new ArrayList<>(columns);
        if (chance(10) && !header.isEmpty()) {
            header.remove(random.nextInt(header.size()));
        }
        if (chance(5)) {
            header.add(chance(50) && !columns.isEmpty() ? pick(columns) : random.anyString(8, NEAR));
        }
        for (int i = header.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = header.get(i);
            header.set(i, header.get(j));
            header.set(j, t);
        }
        String eol = chance(90) ? pick(List.of("\n", "\r\n")) : pick(List.of("\r", "\n\n", "\u2028"));
        StringBuilder csv = new StringBuilder(chance(5) ? "\uFEFF" : "").append(String.join(",", header)).append(eol);
        int rows = chance(3) ? between(500, 3000) : between(0, 6);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            int width = chance(90) ? header.size() : between(0, header.size() + 2);
            for (int i = 0; i < width; i++) {
                String column = i < header.size() ? header.get(i) : "";
                List<String> values = known.getOrDefault(column, List.of());
                String cell = chance(55) && !values.isEmpty() ? pick(values)
                        : "note".equals(column) && chance(40) ? pick(List.of("\tTAB", "\rCR", "=1+1", "+cmd", "-2", "@SUM(A1)", "line\nbreak"))
                        : "status".equals(column) && chance(40) ? pick(List.of("final", "PROVISIONAL", "maybe", "", "FINAL\u0000"))
                        : "value".equals(column) && chance(50) ? pick(List.of("12.5", "0", "1e999999999", "\u0661\u0662", "\uFF11",
                        "1" + "0".repeat(between(20, 500)), "NaN", "-0", "1,5", "")) : pick(HOSTILE);
                cells.add(csvCell(cell));
            }
            csv.append(String.join(",", cells)).append(eol);
        }
        if (chance(5)) {
            csv.append("\"unterminated");
        }
        byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
        return chance(8) ? pick(List.of(csv.toString().getBytes(StandardCharsets.UTF_16LE), splice(utf8, new byte[] {0}),
                splice(utf8, new byte[] {(byte) 0xC0, (byte) 0x80}), csv.toString().getBytes(StandardCharsets.ISO_8859_1))) : utf8;
    }

    private String csvCell(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") || chance(10);
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** A body where none is expected, or in a type the operation does not take. */
    byte[] anyBody() {
        return chance(50) ? random.bytes(200) : ("{\"a\":" + string(pick(HOSTILE)) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** A Content-Type: one the operation takes (mostly), another charset, another type, or none that parses. */
    String contentType(List<String> declared) {
        int kind = random.nextInt(100);
        if (kind < 60 && !declared.isEmpty()) {
            String type = pick(declared);
            return chance(30) ? type + "; charset=UTF-8" : type;
        }
        return pick(List.of("application/json; charset=utf-16", "application/json; charset=ISO-8859-1", "text/csv; charset=UTF-32",
                "application/json; charset=\"utf-8\"", "application/json; charset=nonsense", "application/json; charset=",
                "text/csv", "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=",
                "application/xml", "*/*", "application", "application/", "/json", ";;", "application/json;;;", "a/b/c",
                "application/json; q=\"", "\u00e9/\u00e9", "application/problem+json", "text/csv; header=absent"));
    }

    /** An Accept header: none, ordinary, several, or unparseable. */
    String accept() {
        if (chance(70)) {
            return pick(List.of("", "", "*/*", "application/json", "application/json, */*;q=0.1"));
        }
        return pick(List.of("", "", "application/json", "text/csv", "*/*", "application/json, text/csv;q=0.5", "text/html",
                "application/xml", "text/*", "application/json; charset=utf-16", ";", "application/", "text/csv;q=abc",
                "application/problem+json", "*/*;q=0", "\u00e9/x"));
    }

    private byte[] splice(byte[] body, byte[] inserted) {
        int at = body.length == 0 ? 0 : random.nextInt(body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(inserted);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
