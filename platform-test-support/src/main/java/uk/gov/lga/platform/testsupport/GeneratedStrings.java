package uk.gov.lga.platform.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Generated hostile and ordinary inputs for tests: many per run from one seed, the seed printed with any
 * failure. A run picks a new seed; {@code -Dgenerated.seed=N} repeats one.
 */
public final class GeneratedStrings {

    public static final int CASES = 5_000;

    /**
     * Characters that look like, or are treated somewhere as, letters and digits, and control characters:
     * what a hostile or careless client sends.
     */
    private static final String LOOKALIKES_AND_CONTROLS = ""
            + "\u0000\n\r\t \u000B\u000C\u001B\u007F"          // NUL, line breaks, tab, escape, delete
            + "\u00A0\u2007\u200B\u200D\u2028\uFEFF\u202E"        // no-break and zero-width spaces, BOM, RTL override
            + "\u0660\u0661\u0665\u0669\u06F0\u06F5\u0966\u09E6"  // Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali digits
            + "\uFF10\uFF11\uFF15\uFF19\uFF25\uFF2E\uFF33\uFF37" // fullwidth digits and E N S W
            + "\u00B2\u00B9\u2070\u2080\u2460\u2160\uD835\uDFCE" // superscript, subscript, circled, roman, math bold 0
            + "\u0415\u0395\u0417\u0405\u0131\u0130\u017F\u212A" // Cyrillic/Greek E, Cyrillic S, dotless/dotted i, long s, Kelvin
            + "\u00C9\u00E9\u0301\u00DF"                         // accented E, combining acute, sharp s
            + "\uD83D\uDE00\uD800\uDFFF"                         // a surrogate pair and lone surrogates
            + "-_.,;:/\\%'\"<>&|*?$#@!()[]{}+=~`^";

    private final long seed;
    private final Random random;

    public GeneratedStrings() {
        this.seed = Long.getLong("generated.seed", new Random().nextLong());
        this.random = new Random(seed);
    }

    /** The seed of this run: {@code -Dgenerated.seed=} it to repeat it. */
    public long seed() {
        return seed;
    }

    /** The description every assertion carries, so a failure can be repeated. */
    public String describe(String input) {
        return "input " + escaped(input) + " (repeat with -Dgenerated.seed=" + seed + ")";
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** Up to {@code maxLength} random bytes: mostly ASCII, some high bytes, now and then a NUL. */
    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        for (int i = 0; i < bytes.length; i++) {
            int kind = random.nextInt(10);
            bytes[i] = (byte) (kind < 6 ? 0x20 + random.nextInt(0x5f) : kind < 9 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x20));
        }
        return bytes;
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public char oneOf(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    public String of(int length, String chars) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(oneOf(chars));
        }
        return s.toString();
    }

    /** A character for which {@code allowed} is false: often a lookalike or control, else any UTF-16 unit. */
    public char outside(IntPredicate allowed) {
        while (true) {
            char c = random.nextBoolean()
                    ? LOOKALIKES_AND_CONTROLS.charAt(random.nextInt(LOOKALIKES_AND_CONTROLS.length()))
                    : (char) random.nextInt(Character.MAX_VALUE + 1);
            if (!allowed.test(c)) {
                return c;
            }
        }
    }

    /** {@code value} with the character at a random position replaced by, or preceded by, {@code c}. */
    public String withAtRandomPosition(String value, char c) {
        StringBuilder s = new StringBuilder(value);
        if (random.nextBoolean() && !value.isEmpty()) {
            s.setCharAt(random.nextInt(value.length()), c);
        } else {
            s.insert(random.nextInt(value.length() + 1), c);
        }
        return s.toString();
    }

    /** A string of any length up to {@code maxLength}, of characters mostly from {@code near}, some from anywhere. */
    public String anyString(int maxLength, String near) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(10) < 8 ? oneOf(near) : outside(c -> false));
        }
        return s.toString();
    }

    /**
     * {@code valid} after up to two random edits (replace, insert or delete a character, mostly one of
     * {@code near}): often still valid, often just not.
     */
    public String variantOf(String valid, String near) {
        StringBuilder s = new StringBuilder(valid);
        int edits = random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            char c = random.nextInt(10) < 8 ? oneOf(near) : outside(x -> false);
            int op = s.isEmpty() ? 1 : random.nextInt(3);
            switch (op) {
                case 0 -> s.setCharAt(random.nextInt(s.length()), c);
                case 1 -> s.insert(random.nextInt(s.length() + 1), c);
                default -> s.deleteCharAt(random.nextInt(s.length()));
            }
        }
        return s.toString();
    }

    public static String escaped(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        input.chars().forEach(c -> s.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return s.append('"').toString();
    }

    /**
     * A generated value as one path segment: every UTF-8 byte but the unreserved ones percent-encoded. Send it with
     * REST Assured's {@code urlEncodingEnabled(false)}: as a path parameter, a value holding {@code {name}} would be
     * read as a template.
     */
    public static String pathSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
