package uk.gov.lga.platform.lginform.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import uk.gov.lga.platform.lginform.domain.values.PublishedValue;
import uk.gov.lga.platform.lginform.domain.values.ValueFilter;
import uk.gov.lga.platform.lginform.domain.values.ValueKey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads published values: the current revision of each council, metric and period. The filter is
 * written into the SQL as literals, because
 * {@code COPY (SELECT ...) TO STDOUT} (the fast bulk export) takes no bind parameters; every
 * literal is checked against a strict pattern first, so nothing a caller sends reaches SQL unchecked.
 */
@ApplicationScoped
public class PublishedValueRepository {

    private static final String COLUMNS = "p.metric_id, p.period, p.council_code, c.name, p.value, p.status, p.revision, "
            + "p.published_at, p.note, p.change_seq";
    private static final String FROM = " FROM data_value p JOIN council c ON c.gss_code = p.council_code";
    private static final String ORDER = " ORDER BY p.council_code, p.metric_id, p.period";
    /**
     * Spreadsheet formula injection: a note starting with = + - @, a tab or a carriage return is prefixed with ' in
     * CSV (the characters OWASP names; a spreadsheet reads a cell after a leading tab or CR as a formula too).
     */
    private static final String CSV_COLUMNS = "p.council_code AS council_code, c.name AS council_name, p.metric_id AS metric, "
            + "p.period AS period, p.value AS value, p.status AS status, p.revision AS revision, "
            + "to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS published_at, "
            + "CASE WHEN p.note ~ '^[=+@\\t\\r-]' THEN '''' || p.note ELSE p.note END AS note";

    private final AgroalDataSource dataSource;

    @Inject
    public PublishedValueRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page in key order, starting after the key (council, metric, period), or from the start. */
    public List<PublishedValue> page(ValueFilter filter, ValueKey after, int limit) {
        String sql = "SELECT " + COLUMNS + FROM + " WHERE " + where(filter)
                + (after == null ? "" : " AND (p.council_code, p.metric_id, p.period) > (" + literal(after.council())
                + ", " + literal(after.metric()) + ", " + literal(after.period()) + ")")
                + ORDER + " LIMIT " + limit;
        List<PublishedValue> rows = new ArrayList<>();
        query(sql, rows::add);
        return rows;
    }

    /** Every matching value as CSV with a header row, straight from PostgreSQL to the caller. */
    public void copyCsv(ValueFilter filter, OutputStream out) {
        String sql = "COPY (SELECT " + CSV_COLUMNS + FROM + " WHERE " + where(filter) + ORDER + ") TO STDOUT (FORMAT csv, HEADER)";
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        } catch (SQLException e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every matching value in key order, read with a cursor so the whole set is never in memory. */
    public void each(ValueFilter filter, Consumer<PublishedValue> row) {
        query("SELECT " + COLUMNS + FROM + " WHERE " + where(filter) + ORDER, row);
    }

    /** What changes whenever a matching value is published or revised: for ETags. */
    public String version(ValueFilter filter) {
        String sql = "SELECT coalesce(max(p.change_seq), 0), count(*)" + FROM + " WHERE " + where(filter);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) + "-" + rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values published or revised after the change sequence number, oldest change first. */
    public List<PublishedValue> changesSince(long since, int limit) {
        List<PublishedValue> rows = new ArrayList<>();
        query("SELECT " + COLUMNS + FROM + " WHERE p.change_seq > " + since + " AND p.current ORDER BY p.change_seq LIMIT " + limit, rows::add);
        return rows;
    }

    /** The periods the metric has published values for: what its "latest" is chosen from. */
    public List<String> periodsOf(String metric) {
        List<String> periods = new ArrayList<>();
        String sql = "SELECT DISTINCT period FROM data_value WHERE metric_id = ? AND current";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, metric);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    periods.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return periods;
    }

    private void query(String sql, Consumer<PublishedValue> row) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // lets the driver fetch in batches instead of all rows at once
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(2_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.accept(new PublishedValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBigDecimal(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
                                rs.getString(9), rs.getLong(10)));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading published values failed: " + e.getMessage(), e);
        }
    }

    /** The filter as SQL with literals: an empty list filters nothing, an empty set of periods matches nothing. */
    static String where(ValueFilter f) {
        Conditions where = Conditions.all().add("p.current");
        if (!f.everyPeriod()) {
            String pairs = f.periodsByMetric().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(p -> "(" + literal(e.getKey()) + ", " + literal(p) + ")"))
                    .collect(Collectors.joining(", "));
            where.add(pairs.isEmpty() ? "FALSE" : "(p.metric_id, p.period) IN (" + pairs + ")");
        } else if (!f.metrics().isEmpty()) {
            where.add("p.metric_id IN (" + list(f.metrics()) + ")");
        }
        if (!f.councils().isEmpty()) {
            where.add("p.council_code IN (" + list(f.councils()) + ")");
        }
        return where.text();
    }

    private static String list(List<String> values) {
        return values.stream().map(PublishedValueRepository::literal).collect(Collectors.joining(", "));
    }

    /** A quoted literal of a text that can only be a GSS code, metric id or period ({@link ValueKey#PART}). */
    static String literal(String value) {
        if (value == null || !ValueKey.PART.matcher(value).matches()) {
            throw new IllegalArgumentException("not a safe SQL literal: " + value);
        }
        return "'" + value + "'";
    }
}
