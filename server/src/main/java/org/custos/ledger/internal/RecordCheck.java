package org.custos.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every custody record (outbox row) has exactly one entry and every entry its record, and each entry is
 * the one the format gives for the record as stored now (the outbox row and the rows in {@code ledger_row} it
 * names: content v2; content v1 for an entry that names no rows, written before v2) and the entry's salt.
 * The entries (with their records) and the committed rows are read as two streams ordered by event id on the
 * audit's connection and merged; the entries are recomputed in batches on {@link #WORKERS} threads, the findings
 * taken in reading order.
 */
final class RecordCheck {

    /** The rows an entry commits to (content v2), for the entry {@code e}. */
    static final String ROWS = "(select jsonb_agg(jsonb_build_array(r.table_name, r.row_key, r.fields))"
            + " from ledger_row r where r.event_id = e.event_id)::text";
    static final String ENTRIES = "select e.leaf_index, e.event_id, e.salt, e.entry, " + EntryStore.prefixed("o")
            + " from ledger_entry e left join event_outbox o on o.event_id = e.event_id order by e.event_id";
    static final String COMMITTED = "select r.event_id, r.table_name, r.row_key, r.fields::text from ledger_row r"
            + " order by r.event_id";
    static final String WITHOUT_ENTRY = "select o.seq, o.event_id from event_outbox o"
            + " where not exists (select 1 from ledger_entry e where e.event_id = o.event_id) order by o.seq";
    /**
     * For this transaction: read both streams in index order rather than sort them (the planner's default costs
     * prefer sorting all of {@code ledger_row}, gigabytes for the demo, to reading it through
     * {@code ledger_row_event}); {@link #SORTED} restores the settings for the rest of the audit.
     */
    static final String STREAMED = "select set_config('random_page_cost', '1.1', true),"
            + " set_config('enable_sort', 'off', true)";
    static final String SORTED = "select set_config('random_page_cost', ?, true), set_config('enable_sort', ?, true)";
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    static final int BATCH = 256;
    private static final int FETCH = 2000;
    private final JdbcTemplate jdbc;
    private final Findings findings;
    private long entries;

    RecordCheck(JdbcTemplate jdbc, Findings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    long run() {
        jdbc.query(WITHOUT_ENTRY, rs -> {
            findings.add("record-without-entry", null, rs.getObject(2, UUID.class),
                    "custody record (outbox seq " + rs.getLong(1) + ") has no ledger entry");
        });
        pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "ledger-audit-records");
            t.setDaemon(true);
            return t;
        });
        String[] costs = jdbc.queryForObject("select current_setting('random_page_cost'), current_setting('enable_sort')",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        try {
            jdbc.query(STREAMED, rs -> { });
            jdbc.execute((ConnectionCallback<Void>) this::merge);
            drain(0);
        } finally {
            pool.shutdownNow();
            jdbc.query(SORTED, rs -> { }, (Object[]) costs);
        }
        return entries;
    }

    private final ArrayDeque<Future<List<Finding>>> inFlight = new ArrayDeque<>();
    private List<EntryCheck> batch = new ArrayList<>(BATCH);
    private ExecutorService pool;

    private Void merge(Connection con) throws SQLException {
        try (PreparedStatement e = con.prepareStatement(ENTRIES); PreparedStatement r = con.prepareStatement(COMMITTED)) {
            e.setFetchSize(FETCH);
            r.setFetchSize(FETCH);
            try (ResultSet rs = e.executeQuery(); ResultSet rows = r.executeQuery()) {
                boolean more = rows.next();
                while (rs.next()) {
                    entries++;
                    UUID event = rs.getObject(2, UUID.class);
                    List<RawRow> named = new ArrayList<>();
                    while (more && compare(rows.getObject(1, UUID.class), event) < 0) {
                        more = rows.next(); // rows of an event without entry: RecordCheck names the event instead
                    }
                    while (more && compare(rows.getObject(1, UUID.class), event) == 0) {
                        named.add(new RawRow(rows.getString(2), rows.getString(3), rows.getString(4)));
                        more = rows.next();
                    }
                    Long index = rs.getObject(1) == null ? null : rs.getLong(1);
                    OutboxRecord record = rs.getObject(5) == null ? null : OutboxRecord.read(rs, 5);
                    submit(new EntryCheck(index, event, record, named, rs.getBytes(3), rs.getBytes(4)));
                }
            }
        }
        flush();
        return null;
    }

    /** PostgreSQL's order of uuid values: their 16 bytes, unsigned. */
    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private void submit(EntryCheck check) {
        batch.add(check);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<EntryCheck> taken = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.add(pool.submit(() -> taken.stream().map(EntryCheck::check).filter(f -> f != null).toList()));
        drain(2 * WORKERS);
    }

    /** Takes the findings of the oldest batches until at most {@code left} are in flight. */
    private void drain(int left) {
        while (inFlight.size() > left) {
            try {
                for (Finding f : inFlight.remove().get()) {
                    findings.add(f.kind(), f.index(), f.event(), f.detail());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("record check interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("record check failed", e.getCause());
            }
        }
    }

    private record Finding(String kind, Long index, UUID event, String detail) {
    }

    private record RawRow(String table, String key, String fields) {
    }

    /** One entry with its record and the rows it names, as read; {@link #check()} recomputes it. */
    private record EntryCheck(Long index, UUID event, OutboxRecord record, List<RawRow> rows, byte[] salt,
                              byte[] stored) {

        Finding check() {
            if (record == null) {
                return new Finding("entry-without-record", index, event, "the record this entry proves is gone");
            }
            boolean matches;
            try {
                List<CommittedRow> committed = new ArrayList<>(rows.size());
                for (RawRow r : rows) {
                    committed.add(new CommittedRow(r.table(), r.key(), EntryFormat.JSON.readTree(r.fields())));
                }
                matches = Arrays.equals(EntryFormat.entry(record, committed, salt), stored)
                        || committed.isEmpty() && Arrays.equals(EntryFormat.entryV1(record, salt), stored);
            } catch (RuntimeException e) {
                return new Finding("record-unreadable", index, event,
                        "the record cannot be encoded: " + e.getClass().getSimpleName());
            }
            return matches ? null : new Finding("record-altered", index, event,
                    "the record as stored now (outbox row and committed rows) does not match the entry's commitment");
        }
    }
}
