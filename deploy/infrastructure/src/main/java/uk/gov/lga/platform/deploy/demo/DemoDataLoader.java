package uk.gov.lga.platform.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

/**
 * Loads the synthetic dataset the way a national source would: as platform-admin, through the
 * gateway, as one national dataset (all or nothing, idempotent, so a second run stores nothing), for every
 * English council that existed in the demo's years (abolished ones too, for the periods they existed in); then a
 * synthetic political control history for every English council of today, recorded as an admin would
 * (PUT /councils/{gss}/political-control, each record marked synthetic; a council that already has records is left
 * as it is).
 */
public final class DemoDataLoader {

    public static final long SEED = 20_261_125L;
    private final GatewayClient gateway;

    public DemoDataLoader(String gatewayUrl, String realmUrl) {
        this.gateway = new GatewayClient(gatewayUrl, realmUrl);
    }

    /** What was loaded: values, the councils they are for, political control records. */
    public record Loaded(int values, int councils, int controlRecords) {
    }

    public Loaded load() {
        String token = gateway.token("admin");
        List<SyntheticDataset.CouncilSpec> councils = englishCouncils();
        List<SyntheticDataset.CouncilSpec> today = councils.stream().filter(c -> c.validTo() == null).toList();
        List<SyntheticDataset.MetricSpec> metrics = activeMetrics();
        String csv = SyntheticDataset.csv(councils, metrics, SEED);
        HttpResponse<String> response = gateway.send(gateway.request("/api/lg-inform/data-returns", token)
                .header("Content-Type", "text/csv")
                .header("Idempotency-Key", "synthetic-demo-data-" + SEED)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("demo data was refused: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2_000, response.body().length())));
        }
        int records = politicalControl(token, today);
        return new Loaded((int) csv.lines().count() - 1, councils.size(), records);
    }

    /** Each council's synthetic political control, oldest record first; how many records were sent. */
    private int politicalControl(String token, List<SyntheticDataset.CouncilSpec> councils) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (SyntheticDataset.CouncilSpec council : councils) {
                sent.add(pool.submit(() -> recordControl(token, council, today)));
            }
            int records = 0;
            for (Future<Integer> f : sent) {
                records += f.get();
            }
            return records;
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo data: political control: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private int recordControl(String token, SyntheticDataset.CouncilSpec council, LocalDate today) {
        String path = "/api/lg-inform/councils/" + council.gssCode() + "/political-control";
        if (gateway.get(path, null).path("history").size() > 0) {
            return 0;
        }
        List<SyntheticPoliticalControl.Record> history = SyntheticPoliticalControl.history(council.gssCode(),
                council.validFrom(), SEED, today);
        for (SyntheticPoliticalControl.Record r : history) {
            String body = "{\"control\": \"" + r.control() + "\", \"leaderParty\": \"" + r.leaderParty()
                    + "\", \"effectiveFrom\": \"" + r.effectiveFrom() + "\", \"synthetic\": true}";
            HttpResponse<String> response = gateway.send(gateway.request(path, token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("political control of " + council.gssCode() + " was refused: "
                        + response.statusCode() + " " + response.body());
            }
        }
        return history.size();
    }

    /**
     * Every English council of today and of the first day of the demo's years (all that existed in them: none was
     * both created and abolished in between), with its life. An abolished council has no population in the register:
     * a county is given its successors', a district its successors' shared among their districts and unitaries.
     */
    private List<SyntheticDataset.CouncilSpec> englishCouncils() {
        Map<String, JsonNode> byCode = new TreeMap<>();
        String firstDay = (SyntheticDataset.NEWEST_YEAR - SyntheticDataset.YEARS + 1) + "-01-01";
        for (String path : List.of("/api/lg-inform/councils?nation=England", "/api/lg-inform/councils?nation=England&at=" + firstDay)) {
            gateway.pages(path, null).forEach(c -> byCode.put(c.path("gssCode").asText(), c));
        }
        List<SyntheticDataset.CouncilSpec> councils = new ArrayList<>();
        for (JsonNode c : byCode.values()) {
            councils.add(new SyntheticDataset.CouncilSpec(c.path("gssCode").asText(), population(c, byCode),
                    date(c.path("validFrom")), date(c.path("validTo"))));
        }
        return councils;
    }

    private static long population(JsonNode council, Map<String, JsonNode> byCode) {
        if (council.path("population").isNumber()) {
            return council.path("population").asLong();
        }
        long successors = 0;
        int shares = 0;
        for (JsonNode s : council.path("successors")) {
            JsonNode successor = byCode.get(s.path("gssCode").asText());
            if (successor != null && successor.path("population").isNumber()) {
                successors += successor.path("population").asLong();
                shares += (int) StreamSupport.stream(successor.path("predecessors").spliterator(), false)
                        .map(p -> byCode.get(p.path("gssCode").asText()))
                        .filter(p -> p != null && !"CTY".equals(p.path("type").asText())).count();
            }
        }
        if (successors == 0) {
            return 100_000;
        }
        return "CTY".equals(council.path("type").asText()) || shares == 0 ? successors : successors / shares;
    }

    private static LocalDate date(JsonNode node) {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }

    private List<SyntheticDataset.MetricSpec> activeMetrics() {
        List<SyntheticDataset.MetricSpec> metrics = new ArrayList<>();
        for (JsonNode m : gateway.pages("/api/lg-inform/metrics", null)) {
            if (!m.path("discontinued").asBoolean(false)) {
                metrics.add(new SyntheticDataset.MetricSpec(m.path("id").asText(), m.path("unit").asText(),
                        m.path("periodType").asText(), decimal(m.path("minValue")), decimal(m.path("maxValue"))));
            }
        }
        return metrics;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
