package org.custos.ledger.internal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code ledger_entry}: writes entries for outbox rows, one statement per transaction. */
@Component
class EntryStore {

    private static final String INSERT = """
            insert into ledger_entry (event_id, salt, entry)
            select id, salt, entry from unnest(?::uuid[], ?::bytea[], ?::bytea[]) with ordinality as r(id, salt, entry, n)
            order by n""";
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the entries of these outbox rows (as stored, in outbox order), each with a fresh 32-byte salt; the
     * entries are computed here (content v2 with the rows each event named, as {@link RowSnapshots} read them),
     * before the one round trip that inserts them all.
     */
    void writeEntries(List<OutboxRecord> records, java.util.Map<UUID, List<CommittedRow>> rows) {
        int n = records.size();
        if (n == 0) {
            return;
        }
        byte[] salts = new byte[n * EntryFormat.SALT_SIZE];
        random.nextBytes(salts);
        UUID[] ids = new UUID[n];
        byte[][] salt = new byte[n][];
        byte[][] entries = new byte[n][];
        for (int i = 0; i < n; i++) {
            OutboxRecord r = records.get(i);
            ids[i] = r.eventId();
            salt[i] = Arrays.copyOfRange(salts, i * EntryFormat.SALT_SIZE, (i + 1) * EntryFormat.SALT_SIZE);
            entries[i] = EntryFormat.entry(r, rows.getOrDefault(r.eventId(), List.of()), salt[i]);
        }
        if (n == 1) {
            jdbc.sql("insert into ledger_entry (event_id, salt, entry) values (?, ?, ?)")
                    .params(ids[0], salt[0], entries[0]).update();
        } else {
            jdbc.sql(INSERT).params(ids, salt, entries).update();
        }
    }

    /** Entries for outbox rows written before the ledger existed; returns how many. */
    int backfill(int limit) {
        List<OutboxRecord> records = jdbc.sql("select " + prefixed("o") + " from event_outbox o"
                        + " where not exists (select 1 from ledger_entry e where e.event_id = o.event_id)"
                        + " order by o.seq limit ?")
                .param(limit)
                .query((rs, n) -> OutboxRecord.read(rs, 1)).list();
        writeEntries(records, java.util.Map.of());
        return records.size();
    }

    static String prefixed(String alias) {
        return alias + "." + OutboxRecord.COLUMNS.replace(", ", ", " + alias + ".");
    }
}
