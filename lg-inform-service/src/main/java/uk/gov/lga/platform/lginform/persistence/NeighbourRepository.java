package uk.gov.lga.platform.lginform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.gov.lga.platform.lginform.domain.neighbours.ComputedNeighbours;
import uk.gov.lga.platform.lginform.domain.neighbours.LatestInput;
import uk.gov.lga.platform.lginform.domain.neighbours.NearestNeighbours;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nearest-neighbours model's weights, its inputs (from published values) and its results. */
@ApplicationScoped
public class NeighbourRepository {

    /** Serialises recomputations, so two never interleave their writes of the same tier. */
    private static final long RECOMPUTE_LOCK = 0x4C474E4E4252L;
    private static final TypeReference<List<NearestNeighbours.Contribution>> CONTRIBUTIONS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    @Inject
    public NeighbourRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Waits for any other recomputation to commit; held until this transaction ends. */
    public void lockForRecompute() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", RECOMPUTE_LOCK).getSingleResult();
    }

    /** Metric id to weight. */
    public Map<String, Double> weights() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT metric_id, weight FROM neighbour_weight ORDER BY metric_id").getResultList();
        Map<String, Double> weights = new LinkedHashMap<>();
        rows.forEach(r -> weights.put((String) r[0], ((Number) r[1]).doubleValue()));
        return weights;
    }

    /**
     * For every English council of today (abolished councils are nobody's neighbours now), the published value of
     * each of these metrics for its latest period (the greatest period string).
     */
    public List<LatestInput> latestInputs(Collection<String> metrics) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<LatestInput> inputs = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT DISTINCT ON (p.council_code, p.metric_id) p.council_code, c.tier, p.metric_id, p.period, "
                            + "p.revision, p.value FROM data_value p JOIN council c ON c.gss_code = p.council_code "
                            + "WHERE p.current AND c.nation = 'England' AND c.valid_to IS NULL AND p.metric_id = ANY(?) "
                            + "ORDER BY p.council_code, p.metric_id, p.period DESC")) {
                ps.setArray(1, connection.createArrayOf("varchar", metrics.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inputs.add(new LatestInput(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getBigDecimal(6)));
                    }
                }
            }
            return inputs;
        });
    }

    /** Replaces the neighbours of every English council of these tiers (a council missing from the map has none). */
    public void replace(Collection<String> tiers, Map<String, List<NearestNeighbours.Neighbour>> neighbours, Instant at) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM nearest_neighbour n USING council c "
                    + "WHERE c.gss_code = n.council_code AND c.nation = 'England' AND c.tier = ANY(?)")) {
                delete.setArray(1, connection.createArrayOf("varchar", tiers.toArray()));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO nearest_neighbour (council_code, rank, "
                    + "neighbour_code, distance, standard_distance, contributions, computed_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)")) {
                for (Map.Entry<String, List<NearestNeighbours.Neighbour>> council : neighbours.entrySet()) {
                    for (NearestNeighbours.Neighbour n : council.getValue()) {
                        insert.setString(1, council.getKey());
                        insert.setInt(2, n.rank());
                        insert.setString(3, n.gssCode());
                        insert.setDouble(4, n.distance());
                        insert.setDouble(5, n.standardDistance());
                        insert.setString(6, write(n.contributions()));
                        insert.setTimestamp(7, Timestamp.from(at));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** The council's neighbours, nearest first, if any were computed. */
    public Optional<ComputedNeighbours> neighboursOf(String gssCode) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<NearestNeighbours.Neighbour> neighbours = new ArrayList<>();
            Instant computedAt = null;
            try (PreparedStatement ps = connection.prepareStatement("SELECT rank, neighbour_code, distance, standard_distance, "
                    + "contributions, computed_at FROM nearest_neighbour WHERE council_code = ? ORDER BY rank")) {
                ps.setString(1, gssCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        neighbours.add(new NearestNeighbours.Neighbour(rs.getInt(1), rs.getString(2), rs.getDouble(3),
                                rs.getDouble(4), read(rs.getString(5))));
                        computedAt = rs.getTimestamp(6).toInstant();
                    }
                }
            }
            return neighbours.isEmpty() ? Optional.<ComputedNeighbours>empty() : Optional.of(new ComputedNeighbours(neighbours, computedAt));
        });
    }

    private String write(List<NearestNeighbours.Contribution> contributions) {
        try {
            return json.writeValueAsString(contributions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write contributions", e);
        }
    }

    private List<NearestNeighbours.Contribution> read(String contributions) {
        try {
            return json.readValue(contributions, CONTRIBUTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contributions are not readable: " + contributions, e);
        }
    }
}
