package uk.gov.lga.platform.lginform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads published values for comparisons and dashboard trends: one indexed query per question, each answered
 * from the history key (council_code, metric_id, period, revision) of {@code data_value}, current revisions only.
 */
@ApplicationScoped
public class ComparisonRepository {

    private final EntityManager em;

    @Inject
    public ComparisonRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The newest period with any published value of the metric. Periods of one type have a fixed
     * width ({@code 2024/25}, {@code 2024/25 Q1}, {@code 2024}), so their text order is their time order.
     */
    public Optional<String> latestPeriod(String metricId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT max(period) FROM data_value WHERE metric_id = ? AND current")) {
                ps.setString(1, metricId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.ofNullable(rs.getString(1));
                }
            }
        });
    }

    /** The published values of these councils for one metric and period, by council; a council without one is absent. */
    public Map<String, BigDecimal> ofCouncils(String metricId, String period, Collection<String> councils) {
        return read("SELECT council_code, value FROM data_value WHERE metric_id = ? AND period = ? "
                + "AND council_code = ANY(?) AND current", metricId, period, councils);
    }

    /** One council's published values of one metric for these periods, by period; a period without one is absent. */
    public Map<String, BigDecimal> ofPeriods(String metricId, String council, Collection<String> periods) {
        return read("SELECT period, value FROM data_value WHERE metric_id = ? AND council_code = ? "
                + "AND period = ANY(?) AND current", metricId, council, periods);
    }

    private Map<String, BigDecimal> read(String sql, String metricId, String fixed, Collection<String> any) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, BigDecimal> values = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, metricId);
                ps.setString(2, fixed);
                ps.setArray(3, connection.createArrayOf("varchar", any.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                }
            }
            return values;
        });
    }
}
