package uk.gov.lga.platform.gateway;

import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A generator of request paths that try to reach a service's management endpoints past the gateway:
 * random combinations of route prefixes, path segments, dot segments, percent-encodings (single, double,
 * overlong UTF-8), separators ({@code /}, {@code //}, {@code \}, {@code %2f}) and {@code ;} parameters;
 * and the most lenient reading a server behind the gateway could make of a path, to judge the result.
 */
public final class HostilePaths {

    public static final List<String> SERVICES = List.of("lg-inform", "peer-challenge", "knowledge-hub", "radar");
    private static final Set<String> SERVICE_SET = Set.copyOf(SERVICES);

    private HostilePaths() {
    }

    /** Paths under /api/ (mostly towards a service's /q/), hostile in every way the generator knows. */
    public static String path(GeneratedStrings g) {
        String lead = weighted(g, 10, List.of(""), 1, List.of("/.", "/x/..", "/", "/%2e", "/q/..", "/%2e%2e"));
        String api = weighted(g, 10, List.of("/api/"),
                1, List.of("/%61pi/", "/api//", "/api/./", "/API/", "/api\\", "/api%2f", "/ap%69/"));
        String service = weighted(g, 10, SERVICES, 1, List.of("%72adar", "lg-%69nform", "payroll", "", "radar;x", "RADAR"));
        StringBuilder path = new StringBuilder(lead).append(api).append(service);
        int segments = g.nextInt(7);
        for (int i = 0; i < segments; i++) {
            path.append(weighted(g, 12, List.of("/"), 1, List.of("//", "/./", "\\", "%2f", "%2F", "/;p/", "%5c", "/%2e/", "///")));
            path.append(segment(g));
        }
        return path.append(oneOf(g, List.of("", "", "", "/", "?x=1", "?%00", "?a=%zz", "/?url=/q/metrics", "#/../../q/metrics")))
                .toString();
    }

    private static String segment(GeneratedStrings g) {
        int kind = g.nextInt(16);
        if (kind < 6) {
            return oneOf(g, List.of("q", "metrics", "health", "openapi", "ready", "live", "councils", "E08000035",
                    "open-data", "values", "x", "api", "radar", "q", "q", "metrics"));
        } else if (kind < 10) {
            return oneOf(g, List.of(".", "..", "%2e", "%2E", "%2e%2e", ".%2e", "%2E.", "...", "%252e", "%252e%252e",
                    "%c0%ae", "%C0%AE%C0%AE", "%e0%80%ae", "..%00", ".%00"));
        } else if (kind < 14) {
            return oneOf(g, List.of("%71", "%51", "%2571", "%25%37%31", "q%3Bx", "q;x=1", ";", "%3B", "%00", "%2f",
                    "%2F", "%5c", "\\", "%", "%z1", "%4", "%e2%82%ac", "%ff", "%7e", "~", "%6detrics", "h%65alth",
                    "%3F", "%23", "q%3F", "%0a", "%7f", "%c2%85", "@", ":", "+", "%20"));
        }
        return g.of(g.nextInt(7), "q./%;\\:@!$&'()*+,=~_-2eEf5cC");
    }

    /** One of {@code first} with weight {@code a} against one of {@code second} with weight {@code b}. */
    private static String weighted(GeneratedStrings g, int a, List<String> first, int b, List<String> second) {
        return g.nextInt(a + b) < a ? oneOf(g, first) : oneOf(g, second);
    }

    private static String oneOf(GeneratedStrings g, List<String> options) {
        return options.get(g.nextInt(options.size()));
    }

    /**
     * The most lenient reading a server could make of a path: percent-decoding until nothing changes (so
     * double encoding counts), backslashes as slashes, {@code ;} parameters dropped, empty segments dropped,
     * dot segments resolved (never above the root), then the query and fragment cut off.
     */
    public static String lenientRead(String path) {
        String decoded = path;
        for (int round = 0; round < 4; round++) {
            String next = decodeOnce(decoded);
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        int cut = indexOfAny(decoded, '?', '#');
        if (cut >= 0) {
            decoded = decoded.substring(0, cut);
        }
        decoded = decoded.replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
            name = name.replace("\0", "");
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(name);
        }
        return "/" + String.join("/", segments);
    }

    /** Whether a gateway path, read leniently, names a service's management endpoint other than its OpenAPI document. */
    public static boolean reachesHiddenManagement(String gatewayPath) {
        String read = lenientRead(gatewayPath);
        String[] parts = read.split("/", 4);
        if (parts.length < 4 || !parts[1].equals("api") || !SERVICE_SET.contains(parts[2])) {
            return false;
        }
        return isHiddenServicePath("/" + parts[3]);
    }

    /** Whether a path a service received, read leniently, is a management endpoint other than /q/openapi. */
    public static boolean serviceReceivedHiddenManagement(String servicePath) {
        return isHiddenServicePath(lenientRead(servicePath));
    }

    private static boolean isHiddenServicePath(String read) {
        return (read.equals("/q") || read.startsWith("/q/")) && !read.equals("/q/openapi");
    }

    private static String decodeOnce(String s) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.append(s, i, i + 3);
                i += 2;
            } else if (c == '%' || c == '+') {
                bytes.append(c == '%' ? "%25" : "%2B");
            } else {
                bytes.append(c);
            }
        }
        String decoded = URLDecoder.decode(bytes.toString(), StandardCharsets.UTF_8);
        // Overlong forms of '.' and '/' as a careless UTF-8 decoder reads them.
        return decoded.replace("\uFFFD\uFFFD", ".");
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
