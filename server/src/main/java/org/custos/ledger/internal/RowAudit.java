package org.custos.ledger.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.custos.ledger.RecordCoverage.CoveredTable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The record audit: for every covered table, every row as the application reads it is compared with its latest
 * commitment (the {@code ledger_row} of the highest entry index that names it; pending entries last), one
 * set-based query per table (the table joined with its latest commitments, only differing rows come back).
 * {@code row-without-entry}: a row no entry commits to; {@code row-altered}: a field differs (one finding per
 * field); {@code row-removed}: a committed row is gone. That the commitments themselves are the ones the entries
 * commit to is {@link RecordCheck}'s part.
 */
final class RowAudit {

    private final JdbcTemplate jdbc;
    private final Findings findings;
    private long rows;

    RowAudit(JdbcTemplate jdbc, Findings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    /** Runs over every covered table; returns how many rows it compared. */
    long run(Map<String, CoveredTable> tables) {
        jdbc.query(Coverage.UTC, rs -> { });
        for (CoveredTable table : tables.values()) {
            audit(table);
        }
        return rows;
    }

    static String differing(CoveredTable table) {
        return """
                with latest as (
                    select distinct on (r.row_key) r.row_key, r.event_id, r.fields, e.leaf_index
                    from ledger_row r join ledger_entry e on e.event_id = r.event_id
                    where r.table_name = '%1$s'
                    order by r.row_key, e.leaf_index desc nulls first, e.pending_seq desc),
                live as (select %2$s as row_key, %3$s as fields from %1$s t)
                select coalesce(c.row_key, l.row_key), l.leaf_index, l.event_id, l.fields::text, c.fields::text
                from live c full join latest l on l.row_key = c.row_key
                where l.fields is distinct from c.fields"""
                .formatted(table.table(), Coverage.keyExpression(table), Coverage.fieldsExpression(table));
    }

    private void audit(CoveredTable table) {
        rows += jdbc.queryForObject("select count(*) from " + table.table(), Long.class);
        jdbc.query(differing(table), rs -> {
            String key = rs.getString(1);
            Long index = rs.getObject(2) == null ? null : rs.getLong(2);
            UUID event = rs.getObject(3, UUID.class);
            String committed = rs.getString(4);
            String live = rs.getString(5);
            String name = table.table();
            if (committed == null) {
                findings.add("row-without-entry", null, null, name + " " + key + " has no ledger entry committing to it",
                        name, key, null);
            } else if (live == null) {
                findings.add("row-removed", index, event, name + " " + key + ", committed by entry " + index
                        + ", is gone", name, key, null);
            } else {
                JsonNode was = EntryFormat.JSON.readTree(committed);
                JsonNode is = EntryFormat.JSON.readTree(live);
                TreeSet<String> fields = new TreeSet<>();
                was.propertyNames().forEach(fields::add);
                is.propertyNames().forEach(fields::add);
                for (Iterator<String> it = fields.iterator(); it.hasNext(); ) {
                    String f = it.next();
                    if (!java.util.Objects.equals(was.get(f), is.get(f))) {
                        findings.add("row-altered", index, event, name + " " + key + ": " + f
                                + " differs from what entry " + index + " commits to", name, key, f);
                    }
                }
            }
        });
    }
}
