package uk.gov.lga.platform.lginform.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.gov.lga.platform.lginform.domain.returns.DataReturn;
import uk.gov.lga.platform.lginform.domain.returns.NumberedValues;
import uk.gov.lga.platform.lginform.domain.returns.StagedValue;
import uk.gov.lga.platform.lginform.domain.values.StoredValue;
import uk.gov.lga.platform.lginform.domain.values.ValueKey;
import uk.gov.lga.platform.lginform.domain.values.ValueStatus;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data returns and their values. Values are written set-based, once each: one COPY into the history,
 * revisions numbered here. A value published at once carries its publication (published_at, change_seq,
 * current) in that same row; an early-sight value gets it when {@link #publish} releases its return. Runs on
 * the transaction's own connection.
 */
@ApplicationScoped
public class DataReturnRepository {

    private static final int CHUNK = 1 << 16;
    /** Serialises publications so change_seq order is commit order: a change-feed reader never skips a row. */
    private static final long PUBLISH_LOCK = 0x4C47494E464FL;

    private final EntityManager em;

    @Inject
    public DataReturnRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A council's returns, newest first, before the cursor (an id) or from the newest; without those still waiting
     * for release through the early-sight groups given (the reader may not see them).
     */
    public List<DataReturn> returnsOf(String council, Long before, int limit, Collection<Long> hiddenEarlySight) {
        Conditions where = Conditions.all()
                .add("councilCode = :council", "council", council)
                .add("id < :before", "before", before)
                .add("not (releasedAt is null and earlySightGroupId in :hidden)", "hidden",
                        hiddenEarlySight.isEmpty() ? null : hiddenEarlySight);
        return DataReturn.<DataReturn>find(where.text(), Sort.descending("id"), where.parameters()).page(0, limit).list();
    }

    /** One of a council's returns, if it has one of that id. */
    public Optional<DataReturn> returnOf(String council, long id) {
        return DataReturn.<DataReturn>find("id = ?1 and councilCode = ?2", id, council).firstResultOptional();
    }

    /**
     * Early-sight returns not yet released whose release date is not after {@code now}, oldest first, locked;
     * those another transaction is releasing are skipped.
     */
    public List<DataReturn> dueForRelease(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<DataReturn> due = em.createNativeQuery("SELECT * FROM data_return WHERE released_at IS NULL "
                        + "AND release_at <= :now ORDER BY release_at, id LIMIT :limit FOR UPDATE SKIP LOCKED", DataReturn.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return due;
    }

    /**
     * Numbers each value as the next revision of its council, metric and period. The caller holds the
     * councils' row locks, so no other transaction numbers the same keys until it commits.
     */
    public NumberedValues number(List<StagedValue> values) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<ValueKey, Integer> latest = latestRevisions(connection, values);
            List<StoredValue> stored = new ArrayList<>(values.size());
            Map<ValueKey, Integer> next = latest.isEmpty() ? Map.of() : new HashMap<>();
            for (StagedValue v : values) {
                // A first value of a key (the common case: nothing stored yet) is revision 1, found without a map.
                int revision = 1;
                if (!latest.isEmpty()) {
                    ValueKey key = new ValueKey(v.council(), v.metric(), v.period());
                    revision = next.merge(key, latest.getOrDefault(key, 0) + 1, (a, b) -> a + 1);
                }
                stored.add(new StoredValue(v.dataReturnId(), v.council(), v.metric(), v.period(), revision, v.value(),
                        v.status(), v.note()));
            }
            return new NumberedValues(stored, latest.keySet());
        });
    }

    /**
     * Appends numbered values to the history in one COPY, published at once unless {@code publishAt} is
     * null (early sight). Publishing takes the publication lock, held to commit: keep the caller's work
     * after this call short.
     */
    public void append(NumberedValues numbered, Instant publishAt) {
        if (numbered.values().isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            long firstChange = 0;
            if (publishAt != null) {
                lockPublications(connection);
                supersede(connection, numbered.revisedKeys());
                firstChange = reserveChanges(connection, numbered.values().size());
            }
            copyIn(connection, numbered.values(), publishAt, firstChange);
        });
    }

    private static void lockPublications(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, PUBLISH_LOCK);
            lock.execute();
        }
    }

    /** The highest revision already stored of each council, metric and period the values name. */
    private static Map<ValueKey, Integer> latestRevisions(Connection connection, List<StagedValue> values) throws SQLException {
        Map<ValueKey, Integer> latest = new HashMap<>();
        Set<String> councils = new HashSet<>();
        Set<String> metrics = new HashSet<>();
        Set<String> periods = new HashSet<>();
        for (StagedValue v : values) {
            councils.add(v.council());
            metrics.add(v.metric());
            periods.add(v.period());
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT council_code, metric_id, period, max(revision) FROM data_value "
                        + "WHERE council_code = ANY(?) AND metric_id = ANY(?) AND period = ANY(?) GROUP BY 1, 2, 3")) {
            ps.setArray(1, connection.createArrayOf("varchar", councils.toArray()));
            ps.setArray(2, connection.createArrayOf("varchar", metrics.toArray()));
            ps.setArray(3, connection.createArrayOf("varchar", periods.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.put(new ValueKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4));
                }
            }
        }
        return latest;
    }

    /** The published revisions of these keys stop being current: a newer revision replaces them. */
    private static void supersede(Connection connection, Collection<ValueKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE data_value d SET current = FALSE "
                + "FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS k(council, metric, period) "
                + "WHERE d.current AND d.metric_id = k.metric AND d.period = k.period AND d.council_code = k.council")) {
            ps.setArray(1, connection.createArrayOf("varchar", keys.stream().map(ValueKey::council).toArray()));
            ps.setArray(2, connection.createArrayOf("varchar", keys.stream().map(ValueKey::metric).toArray()));
            ps.setArray(3, connection.createArrayOf("varchar", keys.stream().map(ValueKey::period).toArray()));
            ps.executeUpdate();
        }
    }

    /** Takes {@code count} change numbers at once; only a holder of the publication lock calls this. */
    private static long reserveChanges(Connection connection, int count) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT setval('data_value_change_seq', nextval('data_value_change_seq') + ? - 1)")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }

    /**
     * Publishes the values of these (early-sight) returns: each gets its change number and becomes current
     * unless a later revision is already published.
     */
    public int publish(List<Long> dataReturnIds, Instant at) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            lockPublications(connection);
            Array ids = ids(connection, dataReturnIds);
            try (PreparedStatement older = connection.prepareStatement("UPDATE data_value o SET current = FALSE "
                    + "FROM data_value d WHERE d.data_return_id = ANY(?) AND o.current AND o.metric_id = d.metric_id "
                    + "AND o.period = d.period AND o.council_code = d.council_code AND o.revision < d.revision")) {
                older.setArray(1, ids);
                older.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE data_value d SET published_at = ?, "
                    + "change_seq = s.seq, current = NOT EXISTS (SELECT 1 FROM data_value n WHERE n.current "
                    + "AND n.metric_id = d.metric_id AND n.period = d.period AND n.council_code = d.council_code "
                    + "AND n.revision > d.revision) "
                    + "FROM (SELECT id, nextval('data_value_change_seq') AS seq FROM data_value "
                    + "WHERE data_return_id = ANY(?) ORDER BY id) s WHERE d.id = s.id")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setArray(2, ids);
                return ps.executeUpdate();
            }
        });
    }

    /** The values these returns stored, in the order they were submitted. */
    public List<StoredValue> valuesOf(List<Long> dataReturnIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<StoredValue> stored = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT data_return_id, council_code, metric_id, period, revision, value, status, note FROM data_value "
                            + "WHERE data_return_id = ANY(?) ORDER BY id")) {
                ps.setArray(1, ids(connection, dataReturnIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new StoredValue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
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
    private static void copyIn(Connection connection, List<StoredValue> values, Instant publishAt, long firstChange)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY data_value (data_return_id, council_code, metric_id, period, revision, value, status, note, "
                        + "published_at, change_seq, current) FROM STDIN (FORMAT csv)");
        String publication = publishAt == null ? null : "," + publishAt + ",";
        long change = firstChange;
        try {
            StringBuilder chunk = new StringBuilder(CHUNK + 1024);
            for (StoredValue v : values) {
                chunk.append(v.dataReturnId()).append(',').append(v.council()).append(',');
                csv(chunk, v.metric()).append(',');
                csv(chunk, v.period()).append(',').append(v.revision()).append(',')
                        .append(v.value().toPlainString()).append(',').append(v.status()).append(',');
                if (v.note() != null) {
                    csv(chunk, v.note());
                }
                if (publication == null) {
                    chunk.append(",,,false\n");
                } else {
                    chunk.append(publication).append(change++).append(",true\n");
                }
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
