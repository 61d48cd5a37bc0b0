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
import java.util.List;
import java.util.Map;

/** Reads councils' series: their published values of one metric, from the history key, current revisions only. */
@ApplicationScoped
public class SeriesRepository {

    private final EntityManager em;

    @Inject
    public SeriesRepository(EntityManager em) {
        this.em = em;
    }

    /** The councils' published values of the metric, by council and period: for these periods, or (null) every one. */
    public Map<String, Map<String, BigDecimal>> values(String metricId, Collection<String> councils, List<String> periods) {
        String sql = "SELECT council_code, period, value FROM data_value WHERE council_code = ANY(?) AND metric_id = ? "
                + (periods == null ? "" : "AND period = ANY(?) ") + "AND current";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Map<String, BigDecimal>> values = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, connection.createArrayOf("varchar", councils.toArray()));
                ps.setString(2, metricId);
                if (periods != null) {
                    ps.setArray(3, connection.createArrayOf("varchar", periods.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                    }
                }
            }
            return values;
        });
    }
}
