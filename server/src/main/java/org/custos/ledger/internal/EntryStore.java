package org.custos.ledger.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code ledger_entry}: writes entries for outbox rows, reads them back. */
@Component
class EntryStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SecureRandom random = new SecureRandom();

    EntryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes the entries of these outbox rows (in outbox order), each with a fresh 32-byte salt. */
    void writeEntries(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<OutboxRecord> records = jdbc.sql("select " + OutboxRecord.COLUMNS
                        + " from event_outbox where event_id = any(?) order by seq")
                .param(eventIds.toArray(UUID[]::new))
                .query((rs, n) -> OutboxRecord.read(rs, 1)).list();
        insert(records);
    }

    /** Entries for outbox rows written before the ledger existed; returns how many. */
    int backfill(int limit) {
        List<OutboxRecord> records = jdbc.sql("select " + prefixed("o") + " from event_outbox o"
                        + " where not exists (select 1 from ledger_entry e where e.event_id = o.event_id)"
                        + " order by o.seq limit ?")
                .param(limit)
                .query((rs, n) -> OutboxRecord.read(rs, 1)).list();
        insert(records);
        return records.size();
    }

    private void insert(List<OutboxRecord> records) {
        List<byte[]> salts = new ArrayList<>(records.size());
        List<byte[]> entries = new ArrayList<>(records.size());
        for (OutboxRecord r : records) {
            byte[] salt = new byte[EntryFormat.SALT_SIZE];
            random.nextBytes(salt);
            salts.add(salt);
            entries.add(EntryFormat.entry(r, salt));
        }
        template.batchUpdate("insert into ledger_entry (event_id, salt, entry) values (?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setObject(1, records.get(i).eventId());
                        ps.setBytes(2, salts.get(i));
                        ps.setBytes(3, entries.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return records.size();
                    }
                });
    }

    static String prefixed(String alias) {
        return alias + "." + OutboxRecord.COLUMNS.replace(", ", ", " + alias + ".");
    }
}
