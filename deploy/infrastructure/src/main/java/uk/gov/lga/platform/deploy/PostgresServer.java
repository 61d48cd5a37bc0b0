package uk.gov.lga.platform.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One PostgreSQL server with one database and one owner per service: real PostgreSQL binaries
 * (zonky) started in this JVM, or an external server named by {@code LG_POSTGRES_URL}
 * ({@code jdbc:postgresql://host:port}) with {@code LG_POSTGRES_USER} / {@code LG_POSTGRES_PASSWORD}.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String adminUser;
    private final String adminPassword;

    private PostgresServer(EmbeddedPostgres embedded, String serverUrl, String adminUser, String adminPassword) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** The external server if {@code LG_POSTGRES_URL} is set, else an embedded one on this port (0: any free port). */
    public static PostgresServer fromEnvironment(int port) {
        String external = System.getenv("LG_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return new PostgresServer(null, external.replaceAll("/+$", ""),
                    System.getenv().getOrDefault("LG_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("LG_POSTGRES_PASSWORD", ""));
        }
        return embedded(port);
    }

    public static PostgresServer embedded(int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            return new PostgresServer(pg, "jdbc:postgresql://localhost:" + pg.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String serverUrl() {
        return serverUrl;
    }

    /** Creates (if missing) a login role and a database it owns, both named {@code name}. */
    public ServiceDatabase createDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database names are lower case and underscores: " + name);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "/postgres", adminUser, adminPassword);
             Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + serverUrl + ": " + e.getMessage(), e);
        }
        return new ServiceDatabase(serverUrl + "/" + name, name, name);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            return ps.executeQuery().next();
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    /** What a service needs to reach its own database. */
    public record ServiceDatabase(String jdbcUrl, String username, String password) {
    }
}
