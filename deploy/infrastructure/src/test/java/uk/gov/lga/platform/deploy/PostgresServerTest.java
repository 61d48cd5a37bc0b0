package uk.gov.lga.platform.deploy;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

    @Test
    void eachServiceGetsADatabaseItOwns() throws Exception {
        try (PostgresServer server = PostgresServer.embedded(0)) {
            PostgresServer.ServiceDatabase db = server.createDatabase("radar");

            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 ResultSet rs = c.createStatement().executeQuery("SELECT current_database(), current_user, version()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("radar");
                assertThat(rs.getString(2)).isEqualTo("radar");
                assertThat(rs.getString(3)).startsWith("PostgreSQL 18");
            }
        }
    }

    @Test
    void creatingTheSameDatabaseTwiceKeepsTheFirst() {
        try (PostgresServer server = PostgresServer.embedded(0)) {
            PostgresServer.ServiceDatabase first = server.createDatabase("lg_inform");
            PostgresServer.ServiceDatabase second = server.createDatabase("lg_inform");

            assertThat(second).isEqualTo(first);
        }
    }
}
