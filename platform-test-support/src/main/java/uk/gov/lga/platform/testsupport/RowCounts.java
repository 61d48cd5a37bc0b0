package uk.gov.lga.platform.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number of rows of every table of a service's schema, read in one statement: taken before and after a
 * refused request, they prove it stored nothing.
 */
public final class RowCounts {

    private final DataSource database;
    private final List<String> tables;
    private final String query;

    private RowCounts(DataSource database, List<String> tables) {
        this.database = database;
        this.tables = tables;
        this.query = tables.isEmpty() ? null : "SELECT " + tables.stream()
                .map(t -> "(SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\")")
                .collect(Collectors.joining(", "));
    }

    /** Every base table of the connection's current schema but those excluded (each exclusion justified by its caller). */
    public static RowCounts of(DataSource database, Set<String> excluded) {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!excluded.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables", e);
        }
        return new RowCounts(database, List.copyOf(tables));
    }

    public List<String> tables() {
        return tables;
    }

    /** Rows per table, now. */
    public Map<String, Long> now() {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (query == null) {
            return counts;
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    /** The tables whose row count differs, as {@code table: before -> after}; empty when none does. */
    public static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, count) -> {
            Long now = after.get(table);
            if (!count.equals(now)) {
                changed.add(table + ": " + count + " -> " + now);
            }
        });
        return changed;
    }
}
