package uk.gov.lga.platform.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in for the four services: answers every request with what it received (method, URI,
 * request id, authorization, body length), so tests see exactly what the gateway forwarded.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI()
                    + "\",\"requestId\":\"" + exchange.getRequestHeaders().getFirst("X-Request-Id")
                    + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                    + "\",\"bodyLength\":" + body.length + "}";
            byte[] out = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"lg-inform", "peer-challenge", "knowledge-hub", "radar"}) {
            config.put("gateway.services." + service + ".url", url);
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
