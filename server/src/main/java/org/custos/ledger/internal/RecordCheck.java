package org.custos.ledger.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every custody record (outbox row) has exactly one entry and every entry its record, and each entry is
 * the one the format gives for the record as stored now (the outbox row and the rows in {@code ledger_row} it
 * names: content v2; content v1 for an entry that names no rows, written before v2) and the entry's salt.
 */
final class RecordCheck {

    /** The rows an entry commits to (content v2), for the entry {@code e}. */
    static final String ROWS = "(select jsonb_agg(jsonb_build_array(r.table_name, r.row_key, r.fields))"
            + " from ledger_row r where r.event_id = e.event_id)::text";
    private final JdbcTemplate jdbc;
    private final Findings findings;
    private long entries;

    RecordCheck(JdbcTemplate jdbc, Findings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    long run() {
        jdbc.query("select e.leaf_index, e.event_id, e.salt, e.entry, o.seq, " + EntryStore.prefixed("o")
                + ", " + ROWS + " from ledger_entry e full outer join event_outbox o on o.event_id = e.event_id", rs -> {
            UUID entryEvent = rs.getObject(2, UUID.class);
            Long index = rs.getObject(1) == null ? null : rs.getLong(1);
            if (entryEvent == null) {
                findings.add("record-without-entry", null, rs.getObject(6, UUID.class),
                        "custody record (outbox seq " + rs.getLong(5) + ") has no ledger entry");
                return;
            }
            entries++;
            if (rs.getObject(6) == null) {
                findings.add("entry-without-record", index, entryEvent, "the record this entry proves is gone");
                return;
            }
            OutboxRecord record = OutboxRecord.read(rs, 6);
            boolean matches;
            try {
                List<CommittedRow> rows = CommittedRow.fromAggregate(rs.getString(13));
                byte[] salt = rs.getBytes(3);
                byte[] stored = rs.getBytes(4);
                matches = Arrays.equals(EntryFormat.entry(record, rows, salt), stored)
                        || rows.isEmpty() && Arrays.equals(EntryFormat.entryV1(record, salt), stored);
            } catch (RuntimeException e) {
                findings.add("record-unreadable", index, entryEvent, "the record cannot be encoded: " + e.getClass().getSimpleName());
                return;
            }
            if (!matches) {
                findings.add("record-altered", index, entryEvent,
                        "the record as stored now (outbox row and committed rows) does not match the entry's commitment");
            }
        });
        return entries;
    }
}
