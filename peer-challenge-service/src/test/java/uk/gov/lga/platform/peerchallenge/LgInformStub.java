package uk.gov.lga.platform.peerchallenge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * LG Inform as the data pack sees it, for the tests: every @QuarkusTest points {@code quarkus.rest-client.lg-inform.url}
 * at a free port where nothing listens (LG Inform down); a test that wants LG Inform up starts this stub there
 * ({@link #start(String)}) with the answers it chose, and stops it to take LG Inform down again.
 */
@QuarkusTestResource(LgInformStub.Port.class)
public final class LgInformStub {

    /** Picks the free port and hands its address to the application; starts nothing. */
    public static class Port implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("quarkus.rest-client.lg-inform.url", "http://127.0.0.1:" + socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
        }
    }

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LgInformStub(HttpServer server) {
        this.server = server;
    }

    /** Listens on the port of {@code url} (the application's LG Inform address): 404 for a council it has no answer for. */
    public static LgInformStub start(String url) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", URI.create(url).getPort()), 0);
            LgInformStub stub = new LgInformStub(server);
            server.createContext("/councils/", stub::answer);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code GET /councils/{code}/comparisons} answers for the council: this JSON, 200. */
    public LgInformStub answers(String council, String json) {
        answers.put(council, json);
        return this;
    }

    /** Each request as path?query, in order. */
    public List<String> requests() {
        return requests;
    }

    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri.getPath() + "?" + uri.getQuery());
        String[] parts = uri.getPath().split("/");
        String json = parts.length == 4 && "comparisons".equals(parts[3]) ? answers.get(parts[2]) : null;
        byte[] body = (json == null ? "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}" : json)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", json == null ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
