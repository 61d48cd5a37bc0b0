package uk.gov.lga.platform.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Starts a built Quarkus application ({@code target/quarkus-app}) and waits until it is ready. */
public final class QuarkusApp {

    private QuarkusApp() {
    }

    public static ManagedProcess start(RepoLayout repo, String module, Map<String, String> env, Path logDir) {
        Path jar = repo.serviceJar(module);
        List<String> command = List.of(JavaRuntime.javaExecutable(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-jar", jar.toString());
        return ManagedProcess.start(module, command, jar.getParent(), env, logDir.resolve(module + ".log"));
    }

    public static void awaitReady(ManagedProcess app, int port) {
        Readiness.awaitHttpOk(app.name(), "http://localhost:" + port + "/q/health/ready", Duration.ofSeconds(180), app);
    }
}
