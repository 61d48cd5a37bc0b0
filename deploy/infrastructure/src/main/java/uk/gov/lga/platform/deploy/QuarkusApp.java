package uk.gov.lga.platform.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Starts a built Quarkus application ({@code target/quarkus-app}) and waits until it is ready. */
public final class QuarkusApp {

    /** Enough for a service of this platform; the serial collector keeps a small service small. */
    public static final List<String> DEFAULT_HEAP = List.of("-Xmx384m");

    private QuarkusApp() {
    }

    public static ManagedProcess start(RepoLayout repo, String module, List<String> heap, Map<String, String> env, Path logDir) {
        Path jar = repo.serviceJar(module);
        List<String> command = new java.util.ArrayList<>(List.of(JavaRuntime.javaExecutable(), "-Xms64m", "-XX:+UseSerialGC"));
        command.addAll(heap);
        command.addAll(List.of("-jar", jar.toString()));
        return ManagedProcess.start(module, command, jar.getParent(), env, logDir.resolve(module + ".log"));
    }

    public static void awaitReady(ManagedProcess app, int port) {
        Readiness.awaitHttpOk(app.name(), "http://localhost:" + port + "/q/health/ready", Duration.ofSeconds(180), app);
    }
}
