package org.custos.ledger.internal;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every custody record (outbox row) has exactly one entry and every entry its record, and each entry is
 * the one format v1 gives for the record as stored now and the entry's salt.
 */
final class RecordCheck {

    private final JdbcTemplate jdbc;
    private final Findings findings;
    private long entries;

    RecordCheck(JdbcTemplate jdbc, Findings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    long run() {
        jdbc.query("select e.leaf_index, e.event_id, e.salt, e.entry, o.seq, " + EntryStore.prefixed("o")
                + " from ledger_entry e full outer join event_outbox o on o.event_id = e.event_id", rs -> {
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
            byte[] expected;
            try {
                expected = EntryFormat.entry(record, rs.getBytes(3));
            } catch (RuntimeException e) {
                findings.add("record-unreadable", index, entryEvent, "the record cannot be encoded: " + e.getClass().getSimpleName());
                return;
            }
            if (!Arrays.equals(expected, rs.getBytes(4))) {
                findings.add("record-altered", index, entryEvent,
                        "the record as stored now does not match the entry's commitment");
            }
        });
        return entries;
    }
}
