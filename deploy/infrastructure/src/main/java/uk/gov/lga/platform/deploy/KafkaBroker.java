package uk.gov.lga.platform.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A single KRaft Kafka node (broker and controller) in a JVM of its own, listening on loopback
 * only, or the external cluster named by {@code LG_KAFKA_BOOTSTRAP_SERVERS}.
 */
public final class KafkaBroker implements AutoCloseable {

    private final ManagedProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ManagedProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaBroker fromEnvironment(RepoLayout repo, int port, int controllerPort, Path workDir) {
        String external = System.getenv("LG_KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return new KafkaBroker(null, external);
        }
        return start(repo, port, controllerPort, workDir);
    }

    public static KafkaBroker start(RepoLayout repo, int port, int controllerPort, Path workDir) {
        try {
            Path dir = workDir.resolve("kafka");
            // Every start is a fresh single-node cluster: a data folder from an earlier run has another cluster id.
            FileTrees.delete(dir);
            Files.createDirectories(dir);
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, serverProperties(port, controllerPort, dir.resolve("data")));
            String java = JavaRuntime.javaExecutable();
            String classpath = repo.kafkaClasspath();
            ManagedProcess.run("kafka-storage-format",
                    List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format", "--standalone",
                            "-t", clusterId(), "-c", properties.toString()),
                    dir, Map.of(), dir.resolve("format.log"), 120);
            ManagedProcess broker = ManagedProcess.start("kafka",
                    List.of(java, "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath,
                            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                            "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                            "kafka.Kafka", properties.toString()),
                    dir, Map.of(), dir.resolve("kafka.log"));
            Readiness.awaitPort("Kafka", port, Duration.ofSeconds(90), broker);
            return new KafkaBroker(broker, "127.0.0.1:" + port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka in " + workDir + ": " + e.getMessage(), e);
        }
    }

    static String serverProperties(int port, int controllerPort, Path dataDir) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. */
    /** A random cluster id; never one starting with '-' (one in 64), which the storage tool would read as an option. */
    static String clusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
