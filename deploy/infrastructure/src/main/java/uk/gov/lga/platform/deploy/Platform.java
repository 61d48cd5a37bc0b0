package uk.gov.lga.platform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform on real infrastructure: PostgreSQL, Kafka and Keycloak (embedded, or external
 * through LG_POSTGRES_URL, LG_KAFKA_BOOTSTRAP_SERVERS, LG_OIDC_SERVER_URL), the four services and
 * the gateway. {@link #close()} stops every process it started.
 */
public final class Platform implements AutoCloseable {

    private final PlatformPorts ports;
    private final Path workDir;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    private Platform(PlatformPorts ports, Path workDir) {
        this.ports = ports;
        this.workDir = workDir;
    }

    /** Starts everything and returns once every part reports ready; stops what it started if any part fails. */
    public static Platform start(RepoLayout repo, PlatformPorts ports, Path workDir, Map<String, String> extraEnv) {
        Platform platform = new Platform(ports, workDir);
        try {
            platform.startAll(repo, extraEnv);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll(RepoLayout repo, Map<String, String> extraEnv) {
        try {
            Files.createDirectories(workDir.resolve("logs"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + workDir, e);
        }
        // The three servers start side by side; Keycloak is the slowest.
        CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(
                () -> KafkaBroker.fromEnvironment(repo, ports.kafka(), ports.kafkaController(), workDir));
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(
                () -> KeycloakServer.fromEnvironment(repo, ports.keycloak(), workDir));
        RuntimeException failure = null;
        try {
            postgres = remember(PostgresServer.fromEnvironment(ports.postgres()));
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            kafka = remember(join(kafkaStart));
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        try {
            keycloak = remember(join(keycloakStart));
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw failure;
        }
        if (kafka.process() != null) {
            processes.put("kafka", kafka.process());
        }
        if (keycloak.process() != null) {
            processes.put("keycloak", keycloak.process());
        }

        Map<ManagedProcess, Integer> apps = new LinkedHashMap<>();
        for (PlatformService service : PlatformService.values()) {
            PostgresServer.ServiceDatabase db = postgres.createDatabase(service.database());
            Map<String, String> env = new HashMap<>(commonEnv());
            env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.portOf(service)));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            // Peer challenge reads LG Inform's comparisons for its data packs, straight from the service.
            env.put("QUARKUS_REST_CLIENT_LG_INFORM_URL", "http://localhost:" + ports.portOf(PlatformService.LG_INFORM));
            env.putAll(extraEnv);
            ManagedProcess app = remember(QuarkusApp.start(repo, service.module(), service.heap(), env, workDir.resolve("logs")));
            processes.put(service.module(), app);
            apps.put(app, ports.portOf(service));
        }
        Map<String, String> gatewayEnv = new HashMap<>(commonEnv());
        gatewayEnv.put("QUARKUS_HTTP_PORT", Integer.toString(ports.gateway()));
        for (PlatformService service : PlatformService.values()) {
            gatewayEnv.put("GATEWAY_SERVICES_" + service.name() + "_URL", "http://localhost:" + ports.portOf(service));
        }
        gatewayEnv.putAll(extraEnv);
        ManagedProcess gateway = remember(QuarkusApp.start(repo, "gateway", QuarkusApp.DEFAULT_HEAP, gatewayEnv, workDir.resolve("logs")));
        processes.put("gateway", gateway);
        apps.put(gateway, ports.gateway());
        apps.forEach(QuarkusApp::awaitReady);
    }

    private Map<String, String> commonEnv() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(),
                "QUARKUS_LOG_CONSOLE_JSON", "false");
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private <T extends AutoCloseable> T remember(T part) {
        started.add(part);
        return part;
    }

    public PlatformPorts ports() {
        return ports;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    public String realmUrl() {
        return keycloak.realmUrl();
    }

    public String postgresUrl() {
        return postgres.serverUrl();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Path workDir() {
        return workDir;
    }

    /** Resident memory in MiB of each process this platform started (PostgreSQL: its server processes). */
    public Map<String, Long> residentMemoryMiB() {
        Map<String, Long> memory = new LinkedHashMap<>();
        processes.forEach((name, process) -> memory.put(name, process.residentMiB()));
        return memory;
    }

    /**
     * CPU time used so far by each process, in seconds, with every PostgreSQL server process on the machine
     * as "postgres" (the embedded server detaches from this JVM); for benchmarks that say where time went.
     */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("postgres", ProcessHandle.allProcesses()
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToDouble(h -> h.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0)).sum());
        processes.forEach((name, process) -> cpu.put(name, process.cpuTime().toMillis() / 1000.0));
        return cpu;
    }

    /** Stops in reverse order of starting: gateway, services, then Keycloak, Kafka, PostgreSQL. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
        started.clear();
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
