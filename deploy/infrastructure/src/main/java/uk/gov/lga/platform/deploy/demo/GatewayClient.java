package uk.gov.lga.platform.deploy.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the demo loaders ask of the platform: demo users' tokens from Keycloak, and requests through the gateway. */
final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String realmUrl;

    GatewayClient(String gatewayUrl, String realmUrl) {
        this.gatewayUrl = gatewayUrl;
        this.realmUrl = realmUrl;
    }

    /** An access token of a demo user (password grant of the demo realm's console client). */
    String token(String user) {
        String form = "grant_type=password&client_id=lg-console&username=" + user + "&password=demo";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return read(response).path("access_token").asText();
    }

    /** A request to a gateway path, with the token when one is given. */
    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofMinutes(2));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** A JSON body sent with {@code method} to the path. */
    HttpResponse<String> sendJson(String method, String path, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    JsonNode get(String path, String token) {
        return read(send(request(path, token).GET().build()));
    }

    /** Every item of a cursor-paged list. */
    List<JsonNode> pages(String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = get(path + (path.contains("?") ? "&" : "?") + "limit=500"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), token);
            page.path("items").forEach(items::add);
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return items;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode read(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("demo data: " + response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + " " + abbreviated(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + response.uri() + " did not answer JSON", e);
        }
    }

    static String abbreviated(String body) {
        return body.substring(0, Math.min(2_000, body.length()));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
