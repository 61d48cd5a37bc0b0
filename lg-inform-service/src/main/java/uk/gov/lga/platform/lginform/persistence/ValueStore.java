package uk.gov.lga.platform.lginform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.gov.lga.platform.lginform.domain.ValueStatus;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Writes values set-based: one COPY into the history (revisions numbered here), one upsert that
 * publishes the latest revisions. Runs on the transaction's own connection.
 */
@ApplicationScoped
public class ValueStore {

    private static final int CHUNK = 1 << 16;
    /** Serialises publications so change_seq order is commit order: a change-feed reader never skips a row. */
    private static final long PUBLISH_LOCK = 0x4C47494E464FL;

    @Inject
    EntityManager em;

    /** A validated value on its way into a return. */
    public record Staged(long dataReturnId, String council, String metric, String period, BigDecimal value,
                         ValueStatus status, String note) {
    }

    /** A value as stored, with the revision it was given. */
    public record Stored(long dataReturnId, String council, String metric, String period, int revision, BigDecimal value,
                         ValueStatus status, String note) {
    }

    /**
     * Appends the values to the history, each numbered as the next revision of its council, metric and
     * period. The caller holds the councils' row locks, so no other transaction numbers the same keys.
     */
    public void insert(List<Staged> values) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            Map<String, Integer> latest = latestRevisions(connection, values);
            Map<String, Integer> next = new HashMap<>();
            copyIn(connection, values, v -> next.merge(key(v.council(), v.metric(), v.period()),
                    latest.getOrDefault(key(v.council(), v.metric(), v.period()), 0) + 1, (a, b) -> a + 1));
        });
    }

    /** The highest revision already stored of each council, metric and period the values name. */
    private static Map<String, Integer> latestRevisions(Connection connection, List<Staged> values) throws SQLException {
        Map<String, Integer> latest = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT council_code, metric_id, period, max(revision) FROM data_value "
                        + "WHERE council_code = ANY(?) AND metric_id = ANY(?) AND period = ANY(?) GROUP BY 1, 2, 3")) {
            ps.setArray(1, connection.createArrayOf("varchar", values.stream().map(Staged::council).distinct().toArray()));
            ps.setArray(2, connection.createArrayOf("varchar", values.stream().map(Staged::metric).distinct().toArray()));
            ps.setArray(3, connection.createArrayOf("varchar", values.stream().map(Staged::period).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4));
                }
            }
        }
        return latest;
    }

    private static String key(String council, String metric, String period) {
        return council + '|' + metric + '|' + period;
    }

    /** Makes these returns' values the published ones, unless a later revision is already published. */
    public int publish(List<Long> dataReturnIds, Instant at) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, PUBLISH_LOCK);
                lock.execute();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO published_value (metric_id, period, council_code, value, status, note, revision, "
                            + "data_value_id, published_at, change_seq) "
                            + "SELECT d.metric_id, d.period, d.council_code, d.value, d.status, d.note, d.revision, d.id, ?, "
                            + "nextval('published_value_change_seq') FROM data_value d WHERE d.data_return_id = ANY(?) ORDER BY d.id "
                            + "ON CONFLICT (metric_id, period, council_code) DO UPDATE SET value = EXCLUDED.value, "
                            + "status = EXCLUDED.status, note = EXCLUDED.note, revision = EXCLUDED.revision, "
                            + "data_value_id = EXCLUDED.data_value_id, published_at = EXCLUDED.published_at, "
                            + "change_seq = EXCLUDED.change_seq WHERE published_value.revision < EXCLUDED.revision")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setArray(2, ids(connection, dataReturnIds));
                return ps.executeUpdate();
            }
        });
    }

    /** The values these returns stored, in the order they were submitted. */
    public List<Stored> valuesOf(List<Long> dataReturnIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Stored> stored = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT data_return_id, council_code, metric_id, period, revision, value, status, note FROM data_value "
                            + "WHERE data_return_id = ANY(?) ORDER BY id")) {
                ps.setArray(1, ids(connection, dataReturnIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                rs.getBigDecimal(6), ValueStatus.valueOf(rs.getString(7)), rs.getString(8)));
                    }
                }
            }
            return stored;
        });
    }

    private static Array ids(Connection connection, List<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }

    /** COPY straight into the history: the fastest way PostgreSQL takes rows. */
    private static void copyIn(Connection connection, List<Staged> values, ToIntFunction<Staged> revision) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY data_value (data_return_id, council_code, metric_id, period, revision, value, status, note) "
                        + "FROM STDIN (FORMAT csv)");
        try {
            StringBuilder chunk = new StringBuilder(CHUNK + 1024);
            for (Staged v : values) {
                chunk.append(v.dataReturnId()).append(',').append(v.council()).append(',');
                csv(chunk, v.metric()).append(',');
                csv(chunk, v.period()).append(',').append(revision.applyAsInt(v)).append(',')
                        .append(v.value().toPlainString()).append(',').append(v.status()).append(',');
                if (v.note() != null) {
                    csv(chunk, v.note());
                }
                chunk.append('\n');
                if (chunk.length() >= CHUNK) {
                    write(copy, chunk);
                }
            }
            write(copy, chunk);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /** A quoted CSV field: a note is free text and may hold commas, quotes or new lines. */
    private static StringBuilder csv(StringBuilder out, String text) {
        return out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
