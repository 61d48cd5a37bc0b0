package uk.gov.lga.platform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checkout's parts are: the runtimes' classpath files, the realm, the service builds. */
public final class RepoLayout {

    private final Path root;

    private RepoLayout(Path root) {
        this.root = root;
    }

    /** The checkout containing the working directory (or {@code -Dlg.repo.root}). */
    public static RepoLayout locate() {
        String configured = System.getProperty("lg.repo.root", System.getenv("LG_REPO_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return new RepoLayout(Path.of(configured).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("deploy/runtimes/pom.xml"))) {
                return new RepoLayout(dir);
            }
        }
        throw new IllegalStateException("run this from inside the platform checkout (no deploy/runtimes/pom.xml above "
                + Path.of("").toAbsolutePath() + "), or set LG_REPO_ROOT");
    }

    public Path root() {
        return root;
    }

    public String kafkaClasspath() {
        return readBuilt("deploy/runtimes/target/kafka.classpath");
    }

    public Path keycloakZip() {
        return Path.of(readBuilt("deploy/runtimes/target/keycloak.path"));
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/lg-realm.json");
    }

    public Path serviceJar(String module) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        return jar;
    }

    /** Where Keycloak is unpacked once per machine (it builds itself on first start). */
    public Path cacheDir() {
        String configured = System.getenv("LG_CACHE_DIR");
        return configured != null && !configured.isBlank()
                ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "lg-platform");
    }

    private String readBuilt(String relative) {
        Path file = root.resolve(relative);
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException(file + " is missing: build deploy/runtimes first (./mvnw -DskipTests package)", e);
        }
    }
}
