package uk.gov.lga.platform.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;
import uk.gov.lga.platform.deploy.Platform;
import uk.gov.lga.platform.deploy.PlatformPorts;
import uk.gov.lga.platform.deploy.RepoLayout;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * LG Inform on a national dataset (default today's 382 councils x 200 metrics x 10 periods, each council for
 * the periods it existed throughout, about 760,000 values) on the real stack, through the gateway, each figure beside PostgreSQL's own ceiling:
 * <ol>
 * <li>ingestion: values/s posted as national-dataset data returns (authenticated, validated, stored,
 * published, events written) vs COPY of the same rows into a table like data_value;</li>
 * <li>export: rows/s of the whole open dataset as CSV through the gateway vs COPY ... TO STDOUT;</li>
 * <li>comparison: wrk at 50 connections on the comparison endpoint vs the gateway's health endpoint.</li>
 * </ol>
 * Prints figures; asserts nothing.
 */
public final class LgInformBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 as curl, wget and most loaders use it over http:// (Java's client would otherwise try h2c first).
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int metrics = Integer.parseInt(System.getenv().getOrDefault("BENCH_METRICS", "200"));
        int periods = Integer.parseInt(System.getenv().getOrDefault("BENCH_PERIODS", "10"));
        int councilsPerPost = Integer.parseInt(System.getenv().getOrDefault("BENCH_COUNCILS_PER_POST", "20"));
        int parallel = Integer.parseInt(System.getenv().getOrDefault("BENCH_PARALLEL_POSTS", "2"));
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_PERIODS", "1"));
        int exportRuns = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("BENCH_EXPORT_RUNS", "3")));
        String duration = System.getenv().getOrDefault("BENCH_WRK_DURATION", "20s");
        RepoLayout repo = RepoLayout.locate();
        try (Platform platform = Platform.start(repo, PlatformPorts.withOffset(20_000),
                repo.root().resolve("deploy/benchmarks/target/platform"),
                Map.of("QUARKUS_LOG_LEVEL", "WARN", "QUARKUS_LOG_CATEGORY__UK_GOV_LGA_PLATFORM_LGINFORM__LEVEL", "DEBUG",
                        "GATEWAY_LIMITS_REQUESTS_PER_MINUTE", "100000",
                        "GATEWAY_LIMITS_BURST", "100000"))) {
            String gateway = platform.gatewayUrl();
            String admin = token(platform.realmUrl());
            List<BenchCouncil> councils = councils(gateway);
            List<String> metricIds = createMetrics(gateway, admin, metrics);
            List<String> periodIds = new ArrayList<>();
            for (int y = 2024 - periods + 1; y <= 2024; y++) {
                periodIds.add(y + "/" + String.format("%02d", (y + 1) % 100));
            }
            // The register refuses a value for a period a council did not exist throughout (created in 2019 or
            // 2023, say), so each council is posted for its own periods, the COPY below for the same rows.
            long values = rows(councils, periodIds) * metrics;
            System.out.printf("%nDataset: %d councils x %d metrics x %d periods, each council for the periods it existed: %,d values%n",
                    councils.size(), metrics, periods, values);

            // 1a. PostgreSQL's own ceiling first, on the quiet server: the same rows by COPY into a table like data_value
            String db = platform.postgresUrl() + "/lg_inform";
            double copyRate;
            double copyCpu;
            try (Connection c = DriverManager.getConnection(db, "lg_inform", "lg_inform")) {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE IF EXISTS bench_copy");
                    st.execute("CREATE TABLE bench_copy (LIKE data_value INCLUDING ALL)");
                }
                String rows = csv(councils, metricIds, periodIds, true);
                copyCpu = platform.cpuSeconds().get("postgres");
                long copyStart = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench_copy (data_return_id, council_code, metric_id, period, revision, value, status, note, "
                                + "published_at, change_seq, current) "
                                + "FROM STDIN (FORMAT csv)", new StringReader(rows));
                copyRate = values / seconds(copyStart);
                copyCpu = platform.cpuSeconds().get("postgres") - copyCpu;
            }
            // 1b. ingestion through the gateway, a few posts at a time as a national loader would
            // A running service has compiled its hot paths; a fresh one has not. One period of every council and
            // metric, in earlier years than the measured ten, is posted first and not counted.
            List<String> warmUpPeriods = new ArrayList<>();
            for (int y = 2024 - periods - warmUp + 1; y <= 2024 - periods; y++) {
                warmUpPeriods.add(y + "/" + String.format("%02d", (y + 1) % 100));
            }
            if (!warmUpPeriods.isEmpty()) {
                long warmStart = System.nanoTime();
                post(gateway, admin, bodies(councils, councilsPerPost, metricIds, warmUpPeriods), parallel);
                System.out.printf("Warm-up    %,d values (%d period(s) before the measured ones) in %.1f s, not counted%n",
                        rows(councils, warmUpPeriods) * metrics, warmUpPeriods.size(), seconds(warmStart));
                Thread.sleep(5_000); // lets the radar and Kafka finish with the warm-up's events first
            }
            List<String> bodies = bodies(councils, councilsPerPost, metricIds, periodIds); // before the clock starts
            Map<String, Double> cpuBefore = platform.cpuSeconds();
            long start = System.nanoTime();
            post(gateway, admin, bodies, parallel);
            double ingestSeconds = seconds(start);
            double ingestRate = values / ingestSeconds;
            Map<String, Double> cpuAfter = platform.cpuSeconds();

            System.out.printf("Ingestion  through the gateway %,12.0f values/s (%.1f s, %d posts at a time)   COPY %,12.0f values/s   ratio %.2f (target >= 0.5)%n",
                    ingestRate, ingestSeconds, parallel, copyRate, ingestRate / copyRate);
            System.out.printf("           CPU seconds used while ingesting: %s; by PostgreSQL for the COPY: %.1f%n",
                    cpuUsed(cpuBefore, cpuAfter), copyCpu);

            // 2. export of the whole open dataset, through the gateway and (to show the proxy's share) from the service,
            // once the radar and Kafka have finished with the ingestion's events, and the new rows are vacuumed as
            // autovacuum would soon do (else the first reader alone pays for setting their hint bits). Each of the
            // three is measured BENCH_EXPORT_RUNS times, interleaved, and the median printed: on a small machine
            // single runs vary by a fifth.
            Thread.sleep(5_000);
            try (Connection c = DriverManager.getConnection(db, "lg_inform", "lg_inform"); Statement st = c.createStatement()) {
                st.execute("VACUUM (ANALYZE) data_value");
            }
            long[] exported = new long[1];
            List<Double> viaGateway = new ArrayList<>();
            List<Double> direct = new ArrayList<>();
            List<Double> copyOut = new ArrayList<>();
            Map<String, Double> exportCpu = Map.of();
            for (int run = 0; run < exportRuns; run++) {
                Map<String, Double> before = platform.cpuSeconds();
                viaGateway.add(exportRate(gateway + "/api/lg-inform/open-data/values", exported));
                if (run == 0) {
                    exportCpu = cpuDelta(before, platform.cpuSeconds());
                }
                direct.add(exportRate("http://localhost:" + platform.ports().lgInform() + "/open-data/values", new long[1]));
                long copyOutStart = System.nanoTime();
                CountingStream counter = new CountingStream();
                try (Connection c = DriverManager.getConnection(db, "lg_inform", "lg_inform")) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT p.council_code, c.name, p.metric_id, p.period, "
                            + "p.value, p.status, p.revision, p.published_at, p.note FROM data_value p JOIN council c "
                            + "ON c.gss_code = p.council_code WHERE p.current ORDER BY p.council_code, p.metric_id, p.period) "
                            + "TO STDOUT (FORMAT csv)", counter);
                }
                copyOut.add(counter.lines / seconds(copyOutStart));
            }
            // Each run's three measurements ran back to back, so each run gives a ratio; the median ratio is reported.
            List<Double> gatewayRatios = new ArrayList<>();
            List<Double> directRatios = new ArrayList<>();
            for (int run = 0; run < exportRuns; run++) {
                gatewayRatios.add(viaGateway.get(run) / copyOut.get(run));
                directRatios.add(direct.get(run) / copyOut.get(run));
            }
            System.out.printf("Export     through the gateway %,12.0f rows/s (%,d rows)   COPY TO STDOUT %,12.0f rows/s   ratio %.2f (target >= 0.7)%n",
                    median(viaGateway), exported[0], median(copyOut), median(gatewayRatios));
            System.out.printf("           %d runs: gateway %s, service %s, COPY %s rows/s; ratios %s (median shown)%n", exportRuns,
                    rates(viaGateway), rates(direct), rates(copyOut), ratios(gatewayRatios));
            System.out.printf("           straight from the service %,9.0f rows/s   ratio %.2f (runs %s)%n", median(direct),
                    median(directRatios), ratios(directRatios));
            System.out.printf("           CPU seconds during the first export through the gateway: %s%n", describe(exportCpu));

            // 3. comparison under load, beside the gateway's own ceiling
            String comparison = gateway + "/api/lg-inform/councils/E08000035/comparisons?metric=" + metricIds.get(0)
                    + "&period=" + periodIds.get(periodIds.size() - 1) + "&group=all-england";
            Wrk compare = Wrk.run(comparison, 50, duration);
            Wrk health = Wrk.run(gateway + "/q/health/live", 50, duration);
            System.out.printf("Comparison (50 connections)    %,10.0f req/s  p50 %s  p99 %s   errors %s%n",
                    compare.requestsPerSecond(), compare.p50(), compare.p99(), compare.errors());
            System.out.printf("Gateway health (ceiling)       %,10.0f req/s  p50 %s  p99 %s   ratio %.2f%n",
                    health.requestsPerSecond(), health.p50(), health.p99(), compare.requestsPerSecond() / health.requestsPerSecond());
            System.out.printf("Resident memory (MiB): %s%n", platform.residentMemoryMiB());
        }
    }

    /** Rows per second of a whole CSV export read from {@code url}; the row count goes into {@code rows[0]}. */
    static double exportRate(String url, long[] rows) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> export = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/csv").timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (export.statusCode() != 200) {
            throw new IllegalStateException("export refused: " + export.statusCode());
        }
        try (InputStream in = export.body()) {
            rows[0] = countLines(in) - 1;
        }
        return rows[0] / seconds(start);
    }

    /** National-dataset CSV bodies of {@code councilsPerPost} councils each. */
    static List<String> bodies(List<BenchCouncil> councils, int councilsPerPost, List<String> metrics, List<String> periods) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < councils.size(); i += councilsPerPost) {
            bodies.add(csv(councils.subList(i, Math.min(councils.size(), i + councilsPerPost)), metrics, periods, false));
        }
        return bodies;
    }

    /** Posts the bodies as national datasets through the gateway, {@code parallel} at a time; each must be accepted. */
    static void post(String gateway, String token, List<String> bodies, int parallel) throws Exception {
        ExecutorService posters = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (String csv : bodies) {
                posts.add(posters.submit(() -> {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/lg-inform/data-returns"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                            .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("ingestion refused: " + r.statusCode() + " " + r.body());
                    }
                    return null;
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            posters.shutdown();
        }
    }

    /** The national-dataset CSV, or with revision and data_return columns for COPY into a data_value-like table. */
    static String csv(List<BenchCouncil> councils, List<String> metrics, List<String> periods, boolean forCopy) {
        StringBuilder out = new StringBuilder(forCopy ? "" : "council,metric,period,value\n");
        SplittableRandom random = new SplittableRandom(42);
        long copySeq = 0;
        for (BenchCouncil bench : councils) {
            String council = bench.gssCode();
            List<String> own = bench.periodsExisted(periods);
            for (String metric : metrics) {
                for (String period : own) {
                    String value = Integer.toString(random.nextInt(0, 100)) + "." + random.nextInt(10, 100);
                    if (forCopy) {
                        out.append("0,").append(council).append(',').append(metric).append(',').append(period)
                                .append(",1,").append(value).append(",FINAL,,2026-11-25T12:00:00Z,").append(++copySeq)
                                .append(",true\n");
                    } else {
                        out.append(council).append(',').append(metric).append(',').append(period).append(',').append(value).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static List<String> createMetrics(String gateway, String token, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("bench-%03d", i);
            String body = "{\"id\":\"" + id + "\",\"title\":\"Benchmark metric " + i + "\",\"family\":\"OUTCOME\","
                    + "\"unit\":\"PERCENTAGE\",\"polarity\":\"HIGH_IS_GOOD\",\"periodType\":\"FINANCIAL_YEAR\","
                    + "\"minValue\":0,\"maxValue\":100}";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/lg-inform/metrics"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && r.statusCode() != 409) {
                throw new IllegalStateException("cannot create metric " + id + ": " + r.statusCode() + " " + r.body());
            }
            ids.add(id);
        }
        return ids;
    }

    /** Council-periods of the dataset: each council counted for the periods it existed throughout. */
    static long rows(List<BenchCouncil> councils, List<String> periods) {
        return councils.stream().mapToLong(c -> c.periodsExisted(periods).size()).sum();
    }

    static List<BenchCouncil> councils(String gateway) throws Exception {
        List<BenchCouncil> codes = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/lg-inform/councils?limit=500"
                    + (after == null ? "" : "&after=" + after))).build(), HttpResponse.BodyHandlers.ofString()).body());
            page.path("items").forEach(c -> codes.add(new BenchCouncil(c.path("gssCode").asText(),
                    c.path("validFrom").isTextual() ? LocalDate.parse(c.path("validFrom").asText()) : LocalDate.MIN,
                    c.path("validTo").isTextual() ? LocalDate.parse(c.path("validTo").asText()) : null)));
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return codes;
    }

    static String token(String realmUrl) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=lg-console&username=admin&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    static long countLines(InputStream in) throws java.io.IOException {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    /** CPU seconds each process used between two readings, busiest first. */
    static String cpuUsed(Map<String, Double> before, Map<String, Double> after) {
        return describe(cpuDelta(before, after));
    }

    static Map<String, Double> cpuDelta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
        return used;
    }

    static String describe(Map<String, Double> cpu) {
        return cpu.entrySet().stream()
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String ratios(List<Double> values) {
        return values.stream().map(v -> String.format("%.2f", v)).collect(Collectors.joining(" / "));
    }

    static String rates(List<Double> values) {
        return values.stream().map(v -> String.format("%,.0f", v)).collect(Collectors.joining(" / "));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Counts the lines COPY writes, keeping none of them. */
    static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
