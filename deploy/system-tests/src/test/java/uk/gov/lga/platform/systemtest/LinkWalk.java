package uk.gov.lga.platform.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Walks what the platform answers through the gateway for links, and follows them: every {@code Location} and
 * {@code Content-Location} header, every JSON string that is an absolute http(s) URL or an absolute path (whatever
 * its field is called), every field named like a link ({@code href}, {@code self}, {@code url}, {@code ...Url},
 * {@code ...Link}) and every problem's {@code instance}. A link must name the gateway (or be a path under it) and
 * answer a GET through the gateway, as the same caller, with neither 404 nor 5xx; a problem's {@code instance} must be
 * the gateway path the caller asked for. Links to other hosts (a report's published PDF) are counted and left alone;
 * a page's {@code next} is a cursor for {@code after=}, not a link, and is only checked when it looks like one.
 * Problems found are collected, not thrown, so one run names them all.
 */
final class LinkWalk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK_NAME = Pattern.compile("(href|self|link|links|url|uri|location|instance)"
            + "|.*(Url|Uri|Href|Link)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("/[^\\s]*");
    private static final int MAX_FOLLOWED = 300;

    private final URI gateway;
    private final List<String> failures = new ArrayList<>();
    private final Set<String> followed = new HashSet<>();
    private final Deque<Pending> toFollow = new ArrayDeque<>();
    private int responses;
    private int links;
    private int external;

    LinkWalk(String gatewayUrl) {
        this.gateway = URI.create(gatewayUrl);
    }

    private record Pending(String token, String path, String foundIn) {
    }

    /**
     * GETs a read the caller may make through the gateway (token null: anonymous), which must answer 2xx; checks the
     * answer and follows its links.
     */
    LinkWalk read(String token, String pathAndQuery) {
        Response answer = request(token).get(pathAndQuery);
        if (answer.statusCode() / 100 != 2) {
            failures.add("GET " + pathAndQuery + " answers " + answer.statusCode() + ", not a read that works");
        }
        check(token, pathAndQuery, answer);
        followAll();
        return this;
    }

    /** GETs what the caller may not read, or what does not exist: a 4xx problem whose instance is checked. */
    LinkWalk refusal(String token, String pathAndQuery) {
        Response answer = request(token).get(pathAndQuery);
        String type = answer.getContentType() == null ? "" : answer.getContentType();
        if (answer.statusCode() / 100 != 4 || !type.startsWith("application/problem+json")) {
            failures.add("GET " + pathAndQuery + " answers " + answer.statusCode() + " " + type + ", not a 4xx problem");
        }
        check(token, pathAndQuery, answer);
        return this;
    }

    /** Checks a response the test obtained itself (a POST or PUT), then follows its links. */
    LinkWalk check(String token, String requestedPathAndQuery, Response response) {
        responses++;
        String requested = pathOf(requestedPathAndQuery);
        for (String header : List.of("Location", "Content-Location")) {
            String value = response.getHeader(header);
            if (value != null) {
                link(token, value, header + " of " + requestedPathAndQuery);
            }
        }
        String type = response.getContentType() == null ? "" : response.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.startsWith("application/problem+json")) {
            JsonNode body = parse(response.asString());
            if (type.startsWith("application/problem+json")) {
                String instance = body.path("instance").asText(null);
                links++;
                if (!requested.equals(instance)) {
                    failures.add("problem " + response.statusCode() + " of " + requestedPathAndQuery + " names instance "
                            + instance + ", not the path the caller used");
                }
            } else {
                walkJson(token, body, "$", requestedPathAndQuery);
            }
        }
        return this;
    }

    /** Follows every link found so far (each once per caller), checking the answers in turn. */
    void followAll() {
        while (!toFollow.isEmpty() && followed.size() < MAX_FOLLOWED) {
            Pending next = toFollow.removeFirst();
            Response answer = request(next.token()).urlEncodingEnabled(false).get(next.path());
            if (answer.statusCode() == 404 || answer.statusCode() >= 500) {
                failures.add("GET " + next.path() + " (found in " + next.foundIn() + ") answers " + answer.statusCode());
                continue;
            }
            check(next.token(), next.path(), answer);
        }
    }

    List<String> failures() {
        return failures;
    }

    String figures() {
        return String.format("%d responses read, %d links checked (%d followed, %d to other hosts left alone), %d problems",
                responses, links, followed.size(), external, failures.size());
    }

    private void walkJson(String token, JsonNode node, String where, String source) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = where + "." + field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && (looksLikeLink(value.asText()) || LINK_NAME.matcher(field.getKey()).matches())) {
                    link(token, value.asText(), at + " of " + source);
                } else {
                    walkJson(token, value, at, source);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkJson(token, node.get(i), where + "[" + i + "]", source);
            }
        } else if (node.isTextual() && looksLikeLink(node.asText())) {
            link(token, node.asText(), where + " of " + source);
        }
    }

    private static boolean looksLikeLink(String text) {
        return text.startsWith("http://") || text.startsWith("https://") || PATH.matcher(text).matches();
    }

    private void link(String token, String value, String foundIn) {
        links++;
        String path;
        if (value.startsWith("http://") || value.startsWith("https://")) {
            URI uri = URI.create(value);
            boolean local = List.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost());
            if (uri.getHost() != null && !local) {
                external++;
                return;
            }
            if (!gateway.getScheme().equals(uri.getScheme()) || gateway.getPort() != uri.getPort()) {
                failures.add(foundIn + " is " + value + ": not the gateway " + gateway);
                return;
            }
            path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else if (PATH.matcher(value).matches()) {
            path = value;
        } else {
            failures.add(foundIn + " is named like a link but is " + value);
            return;
        }
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            failures.add(foundIn + " is " + value + ": not a path under the gateway (/api/<service>/...)");
            return;
        }
        if (followed.add((token == null ? "anonymous" : token.hashCode()) + " " + path)) {
            toFollow.add(new Pending(token, path, foundIn));
        }
    }

    private static RequestSpecification request(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
