package org.custos.ledger.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.custos.ledger.RecordCoverage.CoveredTable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The record audit: for every covered table, every row as the application reads it is compared with its latest
 * commitment (the {@code ledger_row} of the highest entry index that names it; pending entries last). Two steps
 * per table: a narrow set-based query joins the table's keys and a SHA-256 of its fields' text with the keys and
 * hashes of its latest commitments and returns the keys whose hashes differ (equal texts are equal fields); then
 * only those keys are read in full and compared as {@code jsonb}, as the one query of earlier releases did (a key
 * whose texts differ but whose {@code jsonb} values are equal is no finding).
 * {@code row-without-entry}: a row no entry commits to; {@code row-altered}: a field differs (one finding per
 * field); {@code row-removed}: a committed row is gone. That the commitments themselves are the ones the entries
 * commit to is {@link RecordCheck}'s part.
 */
final class RowAudit {

    /** Keys read in full per statement of the second step. */
    static final int DETAIL_BATCH = 1000;
    /**
     * For this transaction: memory enough to join a table of a million rows with its commitments in one pass
     * (their keys and hashes, some 150 MB; the default 4 MB split the join into batches on disk).
     */
    static final String WORK_MEM = "select set_config('work_mem', '64MB', true)";
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
        jdbc.query(WORK_MEM, rs -> { });
        for (CoveredTable table : tables.values()) {
            audit(table);
        }
        return rows;
    }

    /** The latest commitment of every key of the table, by entry index (pending entries last). */
    private static String latest(CoveredTable table, String fields, String keyFilter) {
        return """
                select distinct on (r.row_key) r.row_key, r.event_id, %2$s, e.leaf_index
                from ledger_row r join ledger_entry e on e.event_id = r.event_id
                where r.table_name = '%1$s'%3$s
                order by r.row_key, e.leaf_index desc nulls first, e.pending_seq desc"""
                .formatted(table.table(), fields, keyFilter);
    }

    /** Step one: the keys whose latest commitment and live row differ in the SHA-256 of their fields' text. */
    static String differingKeys(CoveredTable table) {
        return """
                with latest as (%2$s),
                live as (select %3$s as row_key, sha256(convert_to((%4$s)::text, 'UTF8')) as hash from %1$s t)
                select coalesce(c.row_key, l.row_key)
                from live c full join latest l on l.row_key = c.row_key
                where l.hash is distinct from c.hash"""
                .formatted(table.table(), latest(table, "sha256(convert_to(r.fields::text, 'UTF8')) as hash", ""),
                        Coverage.keyExpression(table), Coverage.fieldsExpression(table));
    }

    /** Step two: the given keys in full, those whose fields differ as {@code jsonb}. */
    static String differing(CoveredTable table) {
        return """
                with latest as (%2$s),
                live as (select %3$s as row_key, %4$s as fields from %1$s t where %3$s = any(?::text[]))
                select coalesce(c.row_key, l.row_key), l.leaf_index, l.event_id, l.fields::text, c.fields::text
                from live c full join latest l on l.row_key = c.row_key
                where l.fields is distinct from c.fields"""
                .formatted(table.table(), latest(table, "r.fields", " and r.row_key = any(?::text[])"),
                        Coverage.keyExpression(table), Coverage.fieldsExpression(table));
    }

    private void audit(CoveredTable table) {
        rows += jdbc.queryForObject("select count(*) from " + table.table(), Long.class);
        List<String> keys = jdbc.queryForList(differingKeys(table), String.class);
        for (int i = 0; i < keys.size(); i += DETAIL_BATCH) {
            String[] batch = keys.subList(i, Math.min(keys.size(), i + DETAIL_BATCH)).toArray(String[]::new);
            jdbc.query(differing(table), rs -> {
                report(table, rs);
            }, batch, batch);
        }
    }

    private void report(CoveredTable table, java.sql.ResultSet rs) throws java.sql.SQLException {
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
    }
}
