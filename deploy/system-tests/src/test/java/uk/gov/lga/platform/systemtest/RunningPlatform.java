package uk.gov.lga.platform.systemtest;

import io.restassured.RestAssured;
import uk.gov.lga.platform.deploy.Platform;
import uk.gov.lga.platform.deploy.PlatformPorts;
import uk.gov.lga.platform.deploy.RepoLayout;

import java.util.Map;

/**
 * One real platform for all system tests of this JVM, on ports moved by 10000 (or by the system property
 * {@code platform.port-offset}) so it can run beside {@code deploy/run}; stopped when the JVM ends.
 */
final class RunningPlatform {

    static final int PORT_OFFSET = Integer.getInteger("platform.port-offset", 10_000);
    private static Platform platform;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            RepoLayout repo = RepoLayout.locate();
            long start = System.nanoTime();
            platform = Platform.start(repo, PlatformPorts.withOffset(PORT_OFFSET),
                    repo.root().resolve("deploy/system-tests/target/platform"), Map.of());
            System.out.printf("platform ready in %.1f s; resident memory (MiB): %s%n",
                    (System.nanoTime() - start) / 1e9, platform.residentMemoryMiB());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
            RestAssured.baseURI = platform.gatewayUrl();
        }
        return platform;
    }
}
