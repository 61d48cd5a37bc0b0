package uk.gov.lga.platform.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its Maven Central distribution, with realm {@code lg} imported, or the external
 * server named by {@code LG_OIDC_SERVER_URL} (which must already have the realm).
 * Unpacked once per machine into the cache folder; the first start builds it (about 50 s),
 * later starts take 10-20 s. It keeps its database in memory, so every start imports the realm afresh.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "lg";
    private final ManagedProcess process;
    private final String baseUrl;

    private KeycloakServer(ManagedProcess process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static KeycloakServer fromEnvironment(RepoLayout repo, int port, Path workDir) {
        String external = System.getenv("LG_OIDC_SERVER_URL");
        if (external != null && !external.isBlank()) {
            return new KeycloakServer(null, external.replaceAll("/+$", ""));
        }
        return start(repo, port, workDir);
    }

    public static KeycloakServer start(RepoLayout repo, int port, Path workDir) {
        Path home = unpackOnce(repo);
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(repo.realmFile(), imports.resolve("lg-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot place the realm file in " + home + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + (port + 1), "--import-realm", "--db=dev-mem",
                "--health-enabled=true"));
        Map<String, String> env = Map.of(
                "JAVA_HOME", JavaRuntime.javaHome(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        ManagedProcess kc = ManagedProcess.start("keycloak", command, home, env, workDir.resolve("logs/keycloak.log"));
        String baseUrl = "http://localhost:" + port;
        Readiness.awaitHttpOk("Keycloak", baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration",
                Duration.ofSeconds(300), kc);
        return new KeycloakServer(kc, baseUrl);
    }

    /** Unpacks the distribution into the cache folder unless a complete copy is already there. */
    static Path unpackOnce(RepoLayout repo) {
        Path zip = repo.keycloakZip();
        String folder = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path home = repo.cacheDir().resolve(folder);
        if (Files.exists(home.resolve(".unpacked"))) {
            return home;
        }
        try {
            Path staging = Files.createDirectories(repo.cacheDir()).resolve(folder + ".partial-" + ProcessHandle.current().pid());
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                    // entries are "keycloak-<version>/..."; drop that first folder
                    String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                    Path target = staging.resolve(name).normalize();
                    if (name.isEmpty() || !target.startsWith(staging)) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = archive.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        if (name.endsWith(".sh")) {
                            target.toFile().setExecutable(true);
                        }
                    }
                }
            }
            Files.writeString(staging.resolve(".unpacked"), zip.toString());
            FileTrees.delete(home);
            Files.move(staging, home);
            return home;
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack Keycloak from " + zip + ": " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String realmUrl() {
        return baseUrl + "/realms/" + REALM;
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
