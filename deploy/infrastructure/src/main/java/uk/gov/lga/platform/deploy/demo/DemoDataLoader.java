package uk.gov.lga.platform.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the synthetic dataset the way a national source would: as platform-admin, through the
 * gateway, as one national dataset (all or nothing, idempotent, so a second run stores nothing).
 */
public final class DemoDataLoader {

    public static final long SEED = 20_261_125L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String realmUrl;

    public DemoDataLoader(String gatewayUrl, String realmUrl) {
        this.gatewayUrl = gatewayUrl;
        this.realmUrl = realmUrl;
    }

    /** What was loaded: values and councils. */
    public record Loaded(int values, int councils) {
    }

    public Loaded load() {
        String token = adminToken();
        List<SyntheticDataset.CouncilSpec> councils = englishCouncils();
        List<SyntheticDataset.MetricSpec> metrics = activeMetrics();
        String csv = SyntheticDataset.csv(councils, metrics, SEED);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/lg-inform/data-returns"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .header("Idempotency-Key", "synthetic-demo-data-" + SEED)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("demo data was refused: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2_000, response.body().length())));
        }
        return new Loaded((int) csv.lines().count() - 1, councils.size());
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=lg-console&username=admin&password=demo";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return read(response).path("access_token").asText();
    }

    private List<SyntheticDataset.CouncilSpec> englishCouncils() {
        List<SyntheticDataset.CouncilSpec> councils = new ArrayList<>();
        for (JsonNode c : pages("/api/lg-inform/councils?nation=England")) {
            councils.add(new SyntheticDataset.CouncilSpec(c.path("gssCode").asText(), c.path("population").asLong(100_000)));
        }
        return councils;
    }

    private List<SyntheticDataset.MetricSpec> activeMetrics() {
        List<SyntheticDataset.MetricSpec> metrics = new ArrayList<>();
        for (JsonNode m : pages("/api/lg-inform/metrics")) {
            if (!m.path("discontinued").asBoolean(false)) {
                metrics.add(new SyntheticDataset.MetricSpec(m.path("id").asText(), m.path("unit").asText(),
                        m.path("periodType").asText(), decimal(m.path("minValue")), decimal(m.path("maxValue"))));
            }
        }
        return metrics;
    }

    /** Every item of a cursor-paged list. */
    private List<JsonNode> pages(String path) {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            String url = gatewayUrl + path + (path.contains("?") ? "&" : "?") + "limit=500"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode page = read(send(HttpRequest.newBuilder(URI.create(url)).GET().build()));
            page.path("items").forEach(items::add);
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return items;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: " + response.uri() + " answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + response.uri() + " did not answer JSON", e);
        }
    }
}
