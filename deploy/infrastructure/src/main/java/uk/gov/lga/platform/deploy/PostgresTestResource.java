package uk.gov.lga.platform.deploy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * For a service's {@code @QuarkusTest}s: a real PostgreSQL on a free port with the service's own
 * database. Set {@code LG_POSTGRES_URL} to use an external server instead.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.fromEnvironment(0);
        PostgresServer.ServiceDatabase db = server.createDatabase("service_test");
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
