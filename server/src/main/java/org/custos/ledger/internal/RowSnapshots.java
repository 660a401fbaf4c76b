package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.custos.ledger.RecordCoverage.CoveredTable;
import org.custos.shared.events.WrittenRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the rows events named ({@link WrittenRows}) as they stand just before commit and keeps them in
 * {@code ledger_row}: one {@code insert ... select ... returning} per (table, column) of the transaction, whatever
 * the number of events (a batch of 10,000 admissions is a handful of statements).
 */
@Component
class RowSnapshots {

    private final JdbcClient jdbc;
    private final Coverage coverage;
    private final Map<String, String> columnTypes = new ConcurrentHashMap<>();

    RowSnapshots(JdbcClient jdbc, Coverage coverage) {
        this.jdbc = jdbc;
        this.coverage = coverage;
    }

    /** Snapshots the named rows of each event; returns them by event. */
    Map<UUID, List<CommittedRow>> take(Map<UUID, List<WrittenRows>> named) {
        Map<String, Set<Named>> byTableColumn = new LinkedHashMap<>();
        named.forEach((event, rows) -> {
            for (WrittenRows w : rows) {
                if (coverage.table(w.table()) == null) {
                    continue; // declared not covered yet: nothing to commit for it
                }
                byTableColumn.computeIfAbsent(w.table() + "." + w.column(), k -> new LinkedHashSet<>())
                        .add(new Named(event, w.table(), w.column(), w.value().toString()));
            }
        });
        Map<UUID, List<CommittedRow>> out = new HashMap<>();
        if (byTableColumn.isEmpty()) {
            return out;
        }
        jdbc.sql(Coverage.UTC).query(rs -> { });
        for (Set<Named> group : byTableColumn.values()) {
            Named first = group.iterator().next();
            CoveredTable table = coverage.table(first.table());
            UUID[] events = new UUID[group.size()];
            String[] values = new String[group.size()];
            int i = 0;
            for (Named n : group) {
                events[i] = n.event();
                values[i++] = n.value();
            }
            String sql = "insert into ledger_row (event_id, table_name, row_key, fields)"
                    + " select w.event_id, '" + table.table() + "', " + Coverage.keyExpression(table) + ", "
                    + Coverage.fieldsExpression(table)
                    + " from unnest(?::uuid[], ?::text[]) as w(event_id, v)"
                    + " join " + table.table() + " t on t." + first.column() + " = cast(w.v as "
                    + type(table.table(), first.column()) + ")"
                    + " returning event_id, row_key, fields::text";
            jdbc.sql(sql).params(events, values).query(rs -> {
                out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new CommittedRow(table.table(), rs.getString(2), EntryFormat.JSON.readTree(rs.getString(3))));
            });
        }
        return out;
    }

    private String type(String table, String column) {
        return columnTypes.computeIfAbsent(table + "." + column, k -> jdbc.sql("""
                        select format_type(a.atttypid, a.atttypmod) from pg_attribute a
                        where a.attrelid = to_regclass(?) and a.attname = ? and a.attnum > 0 and not a.attisdropped""")
                .params(table, column).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("an event names rows by " + k + ", which does not exist")));
    }

    private record Named(UUID event, String table, String column, String value) {
    }
}
