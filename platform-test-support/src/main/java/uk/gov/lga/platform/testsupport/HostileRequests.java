package uk.gov.lga.platform.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generated hostile input over every operation of a service's own document ({@code /q/openapi?format=json}): for
 * each operation, many requests with random and hostile path, query and header values, bodies shaped by its schema
 * or attacked whole, and random content types ({@link HostileValues}). Every answer must be below 500; every 4xx an
 * {@code application/problem+json} whose status agrees; a 4xx must leave the row count of every table of the
 * service's schema as it was; and no answer may exceed the memory budget. Seeded by {@link GeneratedStrings}: a
 * failure prints the seed, and {@code -Dgenerated.seed=N} repeats the run; {@code -Dhostile.cases=N} sets the
 * requests per operation.
 *
 * <pre>
 * HostileRequests.against(service, dataSource).known("gssCode", LEEDS).run("anonymous");
 * </pre>
 */
public final class HostileRequests {

    /** Requests per operation and caller. */
    public static final int CASES = Integer.getInteger("hostile.cases", 40);
    /** Requests per run at least, however few operations the document has. */
    static final int LEAST = Integer.getInteger("hostile.least", 300);
    /** No answer may be larger: the service's whole test dataset as CSV is far smaller. */
    static final long RESPONSE_BUDGET = 32L * 1024 * 1024;
    /** How much more heap the service and the test may hold after a run than before, after a collection. */
    static final long HEAP_BUDGET = 384L * 1024 * 1024;
    static final int FAILURES_SHOWN = 25;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final URI service;
    private final DataSource database;
    private final Map<String, List<String>> known = new LinkedHashMap<>();
    private final Set<String> excluded = new TreeSet<>(Set.of("flyway_schema_history"));
    private int cases = CASES;

    private HostileRequests(URI service, DataSource database) {
        this.service = service;
        this.database = database;
    }

    /** Requests to the service at this base URI, whose own database is behind {@code database}. */
    public static HostileRequests against(URI service, DataSource database) {
        return new HostileRequests(service, database);
    }

    /**
     * Ordinary values for a parameter or body field of this name, drawn often so that hostile parts reach the code
     * behind the first check ({@code gssCode}, {@code metric}); {@code csv} names the columns of CSV bodies. They
     * should name data of this test alone: a generated request may well succeed.
     */
    public HostileRequests known(String name, String... values) {
        known.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(values));
        return this;
    }

    /** A table whose rows a refusal may legitimately change; the reason is for the reader of the test. */
    public HostileRequests exclude(String table, String reason) {
        excluded.add(table);
        return this;
    }

    public HostileRequests cases(int perOperation) {
        this.cases = perOperation;
        return this;
    }

    /** An operation of the document: its parameters and the media types and schema of its body. */
    record Operation(String method, String path, List<JsonNode> parameters, Map<String, JsonNode> bodies) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /**
     * One request as sent; {@code wellFormedHttp} false where its bytes are not a valid HTTP message;
     * {@code lengthDeclared} where a Content-Length header of its own claims far more than the body sent.
     */
    record Request(Operation operation, String target, List<String> headers, byte[] body, boolean wellFormedHttp,
                   boolean lengthDeclared) {
        String describe() {
            String shown = body == null ? "" : " body " + body.length + " bytes " + GeneratedStrings.escaped(
                    new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1));
            return operation.method.toUpperCase(Locale.ROOT) + " " + GeneratedStrings.escaped(target) + " "
                    + headers.stream().map(GeneratedStrings::escaped).toList() + shown;
        }
    }

    /** What a run saw. */
    public record Summary(String caller, int operations, int requests, Map<Integer, Integer> statuses, int serverErrors,
                          int decoderRefusals, long heapGrowth, List<String> failures) {
    }

    /**
     * Runs every operation's cases as the current caller (name it for the report), prints the counts and fails
     * with the first failures and the seed if any answer broke a rule.
     */
    public Summary run(String caller) {
        GeneratedStrings random = new GeneratedStrings();
        HostileValues values = new HostileValues(random);
        JsonNode document = document();
        List<Operation> operations = operations(document);
        RowCounts rows = RowCounts.of(database, excluded);
        long heapBefore = usedHeap();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> failingOperations = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int serverErrors = 0;
        int decoderRefusals = 0;
        Map<String, Long> before = rows.now();
        int perOperation = operations.isEmpty() ? 0 : Math.max(cases, (LEAST + operations.size() - 1) / operations.size());
        for (Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                Request request = request(operation, document, values);
                RawHttp.Reply reply;
                try {
                    reply = RawHttp.exchange(service.getHost(), service.getPort(), RawHttp.head(operation.method.toUpperCase(Locale.ROOT),
                            request.target, service.getPort(), request.headers, request.lengthDeclared ? null : request.body),
                            request.body, RESPONSE_BUDGET);
                } catch (IOException e) {
                    failures.add(request.describe() + " -> no answer: " + e);
                    failingOperations.merge(operation.toString(), 1, Integer::sum);
                    before = rows.now();
                    continue;
                }
                requests++;
                statuses.merge(reply.status(), 1, Integer::sum);
                Map<String, Long> after = rows.now();
                List<String> problems = check(reply, request, before, after);
                if (reply.status() >= 500) {
                    serverErrors++;
                }
                if (reply.isDecoderRefusal() && !request.wellFormedHttp) {
                    decoderRefusals++;
                }
                if (!problems.isEmpty()) {
                    failingOperations.merge(operation.toString(), 1, Integer::sum);
                    failures.add(request.describe() + " -> " + reply.status() + " " + reply.header("Content-Type") + " "
                            + GeneratedStrings.escaped(abbreviate(reply.text())) + ": " + String.join("; ", problems));
                }
                before = after;
            }
        }
        long heapGrowth = usedHeap() - heapBefore;
        Summary summary = new Summary(caller, operations.size(), requests, statuses, serverErrors, decoderRefusals, heapGrowth, failures);
        System.out.printf(Locale.ROOT, "Hostile input, %s as %s: %d requests over %d operations (seed %d, -Dgenerated.seed=%d repeats it); "
                        + "statuses %s; 5xx: %d; refused by the HTTP decoder (not HTTP): %d; failures: %d; heap %+d MB; tables counted: %d%n",
                service, caller, requests, operations.size(), random.seed(), random.seed(), statuses, serverErrors, decoderRefusals,
                failures.size(), heapGrowth / (1024 * 1024), rows.tables().size());
        if (!failingOperations.isEmpty()) {
            System.out.println("Failing operations: " + failingOperations);
        }
        List<String> all = new ArrayList<>(failures);
        if (heapGrowth > HEAP_BUDGET) {
            all.add("the heap grew by " + heapGrowth / (1024 * 1024) + " MB over the run, more than the budget of "
                    + HEAP_BUDGET / (1024 * 1024) + " MB");
        }
        if (operations.isEmpty()) {
            all.add("the document lists no operation");
        }
        if (!all.isEmpty()) {
            throw new AssertionError(all.size() + " hostile request(s) broke the edge's rules as " + caller + " (repeat with -Dgenerated.seed="
                    + random.seed() + "); failing operations " + failingOperations + "; the first ones:\n"
                    + String.join("\n", all.subList(0, Math.min(FAILURES_SHOWN, all.size()))));
        }
        return summary;
    }

    private static List<String> check(RawHttp.Reply reply, Request request, Map<String, Long> before, Map<String, Long> after) {
        List<String> problems = new ArrayList<>();
        int status = reply.status();
        if (status >= 500) {
            problems.add("a server error");
        }
        if (reply.overBudget()) {
            problems.add("the answer exceeds " + RESPONSE_BUDGET / (1024 * 1024) + " MB");
        }
        if (status >= 400 && status < 500) {
            if (reply.isDecoderRefusal() && !request.wellFormedHttp) {
                return problems; // not HTTP: refused by the decoder before any code of ours
            }
            String type = reply.header("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                problems.add("a 4xx that is not application/problem+json");
            } else if (!reply.overBudget() && reply.header("Content-Encoding") == null) {
                try {
                    JsonNode problem = JSON.readTree(reply.body());
                    if (problem == null || problem.path("status").asInt() != status) {
                        problems.add("a problem whose status is not the answer's");
                    }
                } catch (IOException e) {
                    problems.add("a problem that is not JSON");
                }
            }
            List<String> changed = RowCounts.differences(before, after);
            if (!changed.isEmpty()) {
                problems.add("rows changed on a refusal: " + changed);
            }
        }
        return problems;
    }

    // ---- the document

    /** The service's own document, read whole (RawHttp keeps only the start of a hostile answer). */
    private JsonNode document() {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(service.resolve("/q/openapi?format=json"))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("the service's document answered " + reply.statusCode());
            }
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service's document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the service's document", e);
        }
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(p -> parameters.add(resolve(document, p)));
                operation.path("parameters").forEach(p -> parameters.add(resolve(document, p)));
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                resolve(document, operation.path("requestBody")).path("content").fields()
                        .forEachRemaining(type -> bodies.put(type.getKey(), type.getValue()));
                operations.add(new Operation(method, path.getKey(), parameters, bodies));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode n = node;
        for (int i = 0; n != null && n.has("$ref") && i < 10; i++) {
            n = byReference(document, n.get("$ref").asText());
        }
        return n == null ? JSON.missingNode() : n;
    }

    private static JsonNode byReference(JsonNode document, String ref) {
        if (!ref.startsWith("#/")) {
            return JSON.missingNode();
        }
        JsonNode n = document;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return n;
    }

    // ---- one request

    private Request request(Operation operation, JsonNode document, HostileValues values) {
        boolean mutating = operation.method.equals("put") || operation.method.equals("delete") || operation.method.equals("patch");
        boolean wellFormed = true;
        String path = operation.path;
        List<String> query = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (JsonNode parameter : operation.parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = parameter.path("schema");
            List<String> knownValues = known.getOrDefault(name, List.of());
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}",
                        values.encode(values.parameter(schema, knownValues, mutating), true));
                case "query" -> {
                    if (parameter.path("required").asBoolean() || values.chance(60)) {
                        int times = values.chance(10) ? 2 : 1;
                        for (int i = 0; i < times; i++) {
                            query.add(name + "=" + values.encode(values.parameter(schema, knownValues, false), false));
                        }
                    }
                }
                case "header" -> {
                    if (values.chance(50)) {
                        String value = values.headerValue(values.parameter(schema, knownValues, false));
                        wellFormed &= isFieldValue(value);
                        headers.add(name + ": " + value);
                    }
                }
                default -> {
                }
            }
        }
        if (values.chance(2)) {
            path += "/" + values.encode(values.pick(HostileValues.HOSTILE), true); // a path no route serves, mostly
        }
        if (values.chance(8)) {
            query.add(values.encode(values.pick(HostileValues.HOSTILE), false) + "=" + values.encode(values.pick(HostileValues.HOSTILE), false));
        }
        if (values.chance(3)) {
            query.add(values.pick(List.of("", "=", "&", "a=%", "=x", "a", "a==b", "%=%")));
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        wellFormed &= isEscaped(target);
        String accept = values.accept();
        if (!accept.isEmpty()) {
            String value = values.headerValue(accept);
            wellFormed &= isFieldValue(value);
            headers.add("Accept: " + value);
        }
        if (values.chance(10)) {
            headers.add("Accept-Encoding: gzip");
        }
        if (values.chance(3)) {
            // What the gateway, a trusted proxy, sets: a service must not fail on it either. The gateway never sends
            // an empty value (it overwrites whatever a caller sent), and an empty X-Forwarded-For from a trusted
            // address makes Vert.x's forwarded parser throw before any handler runs (known, not reachable from
            // outside): blank values are not sent here.
            String value = values.headerValue(values.pick(HostileValues.HOSTILE));
            wellFormed &= isFieldValue(value);
            if (!value.isBlank()) {
                headers.add(values.pick(List.of("X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Proto",
                        "X-Forwarded-Prefix", "Forwarded", "X-Forwarded-For", "If-None-Match")) + ": " + value);
            }
        }
        if (values.chance(3)) {
            headers.add("Authorization: Bearer " + values.encode(values.pick(HostileValues.HOSTILE), false));
        }
        byte[] body = null;
        if (!operation.bodies.isEmpty() && values.chance(94)) {
            String type = values.pick(new ArrayList<>(operation.bodies.keySet()));
            JsonNode schema = operation.bodies.get(type).path("schema");
            body = type.contains("csv") ? values.csvBody(csvColumns(operation.bodies.get(type), values), known)
                    : values.jsonBody(values.json(schema, ref -> byReference(document, ref), known, 0));
            String contentType = values.chance(80) ? type : values.contentType(new ArrayList<>(operation.bodies.keySet()));
            headers.add("Content-Type: " + contentType);
        } else if (values.chance(10)) {
            body = values.anyBody();
            headers.add("Content-Type: " + values.contentType(List.of("application/json")));
        } else if (!operation.bodies.isEmpty() && values.chance(50)) {
            headers.add("Content-Type: " + values.contentType(new ArrayList<>(operation.bodies.keySet())));
        }
        if (body != null && values.chance(2)) {
            // Declares a body far over any limit and sends a little of it: the limit must answer without reading it.
            headers.add("Content-Length: 9000000000");
            return new Request(operation, target, headers, body, wellFormed, true);
        }
        return new Request(operation, target, headers, body, wellFormed, false);
    }

    private List<String> csvColumns(JsonNode mediaType, HostileValues values) {
        List<String> headers = known.get("csv");
        if (headers != null && !headers.isEmpty()) {
            return Arrays.asList(values.pick(headers).split(","));
        }
        String example = mediaType.path("example").asText(mediaType.path("schema").path("example").asText(""));
        if (!example.isBlank()) {
            return Arrays.asList(example.lines().findFirst().orElse("").split(","));
        }
        return List.of("name", "value");
    }

    /** RFC 3986: every '%' starts an escape of two hexadecimal digits. */
    private static boolean isEscaped(String target) {
        for (int i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 1)) {
            if (i + 2 >= target.length() || Character.digit(target.charAt(i + 1), 16) < 0 || Character.digit(target.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 field-value: visible characters, obs-text, spaces and tabs; nothing else. */
    private static boolean isFieldValue(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
