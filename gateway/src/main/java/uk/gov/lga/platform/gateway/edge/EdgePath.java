package uk.gov.lga.platform.gateway.edge;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reading of a request target at the edge. A path is normalised once, before routing, and
 * everything after (routes, the {@code /q/} rule, the limiter, the service) sees only the result:
 * <ul>
 *   <li>percent-encoded unreserved characters ({@code ALPHA DIGIT - . _ ~}) are decoded, every other
 *       encoding is kept with upper-case hex (RFC 3986, 6.2.2.1-2);</li>
 *   <li>empty segments ({@code //}) are dropped, {@code .} and {@code ..} segments are resolved
 *       (RFC 3986, 5.2.4), after decoding, so {@code %2e%2e} is {@code ..};</li>
 *   <li>anything that two readers could take differently is refused: an encoded {@code /}, {@code \},
 *       {@code ;}, {@code ?}, {@code #} or {@code %} (double encoding such as {@code %252e}), a backslash, {@code ;} path parameters,
 *       control characters and NUL raw or encoded, characters outside RFC 3986, invalid percent-encoding,
 *       percent-encoded bytes that are not shortest-form UTF-8, and a {@code ..} that would climb out of
 *       its route (the first segment, and for {@code /api/<service>/...} the service segment too).</li>
 * </ul>
 * The result is a fixed point: normalising it again, or decoding it the way Vert.x and the services do,
 * gives the same path.
 */
public final class EdgePath {

    private static final String HEX = "0123456789ABCDEF";

    private EdgePath() {
    }

    /** A request target the edge will not read, and why (for the 400 problem's detail). */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The normalised path, or {@link Refused}. */
    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
            throw new Refused("The path must start with '/'.");
        }
        String[] parts = raw.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>(parts.length);
        boolean trailingSlash = false;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            String segment = segment(parts[i]);
            switch (segment) {
                case "" -> trailingSlash = last;
                case "." -> trailingSlash = last;
                case ".." -> {
                    if (segments.size() <= fixedSegments(segments)) {
                        throw new Refused("'..' may not leave " + (segments.isEmpty() ? "the root"
                                : "/" + String.join("/", segments.subList(0, Math.min(2, segments.size())))) + ".");
                    }
                    segments.remove(segments.size() - 1);
                    trailingSlash = last;
                }
                default -> {
                    segments.add(segment);
                    trailingSlash = false;
                }
            }
        }
        StringBuilder path = new StringBuilder(raw.length());
        for (String segment : segments) {
            path.append('/').append(segment);
        }
        if (segments.isEmpty() || trailingSlash) {
            path.append('/');
        }
        return path.toString();
    }

    /**
     * Refuses a query string that is not plain RFC 3986 (raw control or non-ASCII characters, invalid
     * percent-encoding) or that carries an encoded NUL; the query is otherwise passed on unchanged.
     */
    public static void checkQuery(String query) {
        if (query == null) {
            return;
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int b = hexByte(query, i);
                if (b == 0) {
                    throw new Refused("The query contains an encoded NUL (%00).");
                }
                i += 2;
            } else if (!isPchar(c) && c != '/' && c != '?' && c != ';') {
                throw new Refused("The query contains " + describe(c) + ", which must be percent-encoded.");
            }
        }
    }

    /** How many leading segments '..' may not remove: the route's own (api and the service, or the first). */
    private static int fixedSegments(List<String> segments) {
        return !segments.isEmpty() && segments.get(0).equals("api") ? 2 : 1;
    }

    private static String segment(String part) {
        StringBuilder out = null;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (out == null) {
                    out = new StringBuilder(part.length()).append(part, 0, i);
                }
                i = percent(part, i, out) - 1;
            } else if (isPchar(c)) {
                if (out != null) {
                    out.append(c);
                }
            } else if (c == '\\') {
                throw new Refused("A backslash is not accepted in a path.");
            } else if (c == ';') {
                throw new Refused("Path parameters (';') are not accepted.");
            } else {
                throw new Refused("The path contains " + describe(c) + ", which must be percent-encoded.");
            }
        }
        return out == null ? part : out.toString();
    }

    /** Reads the percent-encoding at {@code at} (one character, or one UTF-8 sequence) into out; returns the next index. */
    private static int percent(String s, int at, StringBuilder out) {
        int b = hexByte(s, at);
        if (b < 0x80) {
            char c = (char) b;
            if (isUnreserved(c)) {
                out.append(c);
            } else if (c == '/') {
                throw new Refused("An encoded '/' (%2F) is not accepted in a path.");
            } else if (c == '\\') {
                throw new Refused("An encoded backslash (%5C) is not accepted in a path.");
            } else if (c == '%') {
                throw new Refused("An encoded '%' (%25) is not accepted in a path: no double encoding.");
            } else if (c == ';' || c == '?' || c == '#') {
                throw new Refused("An encoded '" + c + "' is not accepted in a path: it is a delimiter.");
            } else if (c < 0x20 || c == 0x7f) {
                throw new Refused(c == 0 ? "An encoded NUL (%00) is not accepted." : "An encoded control character is not accepted.");
            } else {
                appendEncoded(out, b);
            }
            return at + 3;
        }
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            throw new Refused("The path's percent-encoded bytes are not UTF-8.");
        }
        int codePoint = b & (0x3F >> (length - 1));
        int next = at + 3;
        for (int k = 1; k < length; k++) {
            if (next >= s.length() || s.charAt(next) != '%') {
                throw new Refused("The path's percent-encoded bytes are not UTF-8.");
            }
            int continuation = hexByte(s, next);
            if ((continuation & 0xC0) != 0x80) {
                throw new Refused("The path's percent-encoded bytes are not UTF-8.");
            }
            codePoint = (codePoint << 6) | (continuation & 0x3F);
            next += 3;
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new Refused("The path's percent-encoded bytes are not shortest-form UTF-8.");
        }
        if (codePoint <= 0x9F) {
            throw new Refused("An encoded control character is not accepted.");
        }
        for (int k = at; k < next; k += 3) {
            appendEncoded(out, hexByte(s, k));
        }
        return next;
    }

    private static int hexByte(String s, int at) {
        if (at + 2 >= s.length()) {
            throw new Refused("Invalid percent-encoding: '%' must be followed by two hex digits.");
        }
        int high = hex(s.charAt(at + 1));
        int low = hex(s.charAt(at + 2));
        if (high < 0 || low < 0) {
            throw new Refused("Invalid percent-encoding: '%' must be followed by two hex digits.");
        }
        return high << 4 | low;
    }

    /** ASCII hex only (Character.digit would also read other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static void appendEncoded(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }

    static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** RFC 3986 pchar without '%' (handled apart) and without ';' (refused in paths). */
    private static boolean isPchar(char c) {
        return isUnreserved(c) || c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')'
                || c == '*' || c == '+' || c == ',' || c == '=' || c == ':' || c == '@';
    }

    private static String describe(char c) {
        if (c == 0) {
            return "a NUL character";
        }
        if (c < 0x20 || c == 0x7f) {
            return "a control character";
        }
        return String.format("'%s' (U+%04X)", c, (int) c);
    }
}
