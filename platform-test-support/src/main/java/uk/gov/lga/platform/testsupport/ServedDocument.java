package uk.gov.lga.platform.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed API document is the served one: clients are generated and linted from
 * {@code src/main/openapi/openapi.json}, so a change of the code that changes the document must come with the
 * document. Compared as JSON trees (key order and formatting aside); a difference names each JSON pointer.
 * <p>
 * In a service's {@code @QuarkusTest}, with the test build storing its own copy elsewhere
 * ({@code %test.quarkus.smallrye-openapi.store-schema-directory=target/openapi-test}) so that it cannot overwrite
 * the committed file before the comparison:
 * <pre>{@code
 * ServedDocument.assertMatchesCommitted(
 *         given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString(),
 *         ServedDocument.COMMITTED);
 * }</pre>
 */
public final class ServedDocument {

    /** Where a service keeps its committed document, relative to the module (the tests' working directory). */
    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 25;

    private ServedDocument() {
    }

    public static void assertMatchesCommitted(String served, Path committed) {
        JsonNode servedTree = read(served);
        JsonNode committedTree;
        try {
            committedTree = JSON.readTree(Files.readString(committed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the committed document " + committed.toAbsolutePath(), e);
        }
        List<String> differences = new ArrayList<>();
        compare("", committedTree, servedTree, differences);
        if (!differences.isEmpty()) {
            fail("The served API document differs from the committed " + committed + " at " + differences.size()
                    + " place(s) (committed -> served):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(SHOWN, differences.size())))
                    + (differences.size() > SHOWN ? "\n  ..." : "")
                    + "\nThe build stores the served document there (quarkus.smallrye-openapi.store-schema-directory): "
                    + "run ./mvnw package -DskipTests on the service and commit src/main/openapi with the change.");
        }
    }

    /** Adds each JSON pointer at which the two trees differ, with both values (shortened). */
    private static void compare(String pointer, JsonNode committed, JsonNode served, List<String> differences) {
        if (committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    differences.add(child + ": absent -> " + shown(served.get(name)));
                } else if (!served.has(name)) {
                    differences.add(child + ": " + shown(committed.get(name)) + " -> absent");
                } else {
                    compare(child, committed.get(name), served.get(name), differences);
                }
            }
            return;
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> left = committed.elements();
            Iterator<JsonNode> right = served.elements();
            for (int i = 0; left.hasNext(); i++) {
                compare(pointer + "/" + i, left.next(), right.next(), differences);
            }
            return;
        }
        differences.add((pointer.isEmpty() ? "/" : pointer) + ": " + shown(committed) + " -> " + shown(served));
    }

    private static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static JsonNode read(String served) {
        try {
            return JSON.readTree(served);
        } catch (IOException e) {
            throw new AssertionError("the served document is not JSON: " + e.getMessage(), e);
        }
    }
}
