package uk.gov.lga.platform.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A stand-in for the four services: answers every request with what it received (method, URI,
 * request id, authorization, body length, the forwarding headers), so tests see exactly what the
 * gateway forwarded. It also keeps every path it received through the gateway's routes
 * ({@code GET /__received} on the stand-in itself lists them), and {@code /download?bytes=N&type=T} sends N bytes of CSV-like text as type T.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {

    private static final Queue<String> RECEIVED = new ConcurrentLinkedQueue<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (IOException | RuntimeException e) {
                System.err.println("stand-in failed on " + exchange.getRequestURI() + ": " + e);
                throw e;
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"lg-inform", "peer-challenge", "knowledge-hub", "radar"}) {
            config.put("gateway.services." + service + ".url", url);
        }
        return config;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().toString();
        if (uri.equals("/__received")) {
            StringBuilder list = new StringBuilder("[");
            for (String path : RECEIVED) {
                list.append(list.length() > 1 ? "," : "").append(quote(path));
            }
            send(exchange, 200, "application/json", list.append(']').toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (exchange.getRequestHeaders().containsKey("X-Forwarded-Prefix")) {
            // Proxied by the gateway's routes (its own readiness check calls /q/health/ready directly).
            RECEIVED.add(exchange.getRequestURI().getRawPath());
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (exchange.getRequestURI().getRawPath().equals("/download")) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            send(exchange, 200, query.getOrDefault("type", "text/csv"), download(Integer.parseInt(query.get("bytes"))));
            return;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("uri", uri);
        echo.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        echo.put("bodyLength", body.length);
        for (String header : new String[] {"X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Proto",
                "X-Forwarded-Prefix", "X-Forwarded-For", "X-Forwarded-Server", "Forwarded", "Accept-Encoding",
                "Content-Length", "Transfer-Encoding", "Host"}) {
            echo.put(header, exchange.getRequestHeaders().getFirst(header));
        }
        StringBuilder json = new StringBuilder("{");
        echo.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(quote(name)).append(':')
                .append(value instanceof Integer ? value.toString() : value == null ? "null" : quote(value.toString())));
        send(exchange, 200, "application/json", json.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deterministic text of exactly {@code bytes} bytes. */
    public static byte[] download(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 64);
        for (int row = 0; text.length() < bytes; row++) {
            text.append("E0").append(8000000 + row % 382).append(",metric-").append(row % 200).append(",2024/25,")
                    .append(row * 7 % 100_003).append('\n');
        }
        return text.substring(0, bytes).getBytes(StandardCharsets.US_ASCII);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] out) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(out);
        }
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1).replace("%2F", "/").replace("%2B", "+"));
            }
        }
        return query;
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
