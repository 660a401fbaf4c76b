package org.custos.ledger.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.merkle.StoredHashIndex;
import org.custos.tlog.merkle.StoredHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integrates pending entries into the Merkle tree, in one transaction per batch: under an advisory lock
 * (one sequencer across all server instances), takes up to {@code max} entries without a leaf index in
 * the order they were written, gives them the next contiguous indexes, stores the new hashes and the new
 * tree head. Indexes are assigned here, never in the writing transaction, so a rollback leaves no gap.
 */
@Component
class Sequencer {

    static final long LOCK = 0x637573746f73L; // "custos"
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final HashCache hashes;

    Sequencer(JdbcClient jdbc, TransactionTemplate tx, Clock clock, HashCache hashes) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.hashes = hashes;
    }

    record TreeHead(long size, Hash root) {
    }

    /** Integrates at most {@code max} pending entries; returns how many. */
    int integrate(int max) {
        List<Hash> written = new ArrayList<>();
        long[] writtenFrom = {0};
        Integer n = tx.execute(status -> {
            lock(jdbc);
            TreeHead head = head(jdbc, true);
            List<UUID> ids = new ArrayList<>();
            List<Hash> leaves = new ArrayList<>();
            jdbc.sql("select event_id, entry from ledger_entry where leaf_index is null order by pending_seq limit ?")
                    .param(max)
                    .query(rs -> {
                        ids.add(rs.getObject(1, UUID.class));
                        leaves.add(Rfc6962.leafHash(rs.getBytes(2)));
                    });
            if (ids.isEmpty()) {
                return 0;
            }
            long base = StoredHashIndex.count(head.size());
            List<Hash> added = StoredHashes.forAppend(head.size(), leaves, hashes);
            long[] storage = new long[added.size()];
            byte[][] bytes = new byte[added.size()][];
            for (int i = 0; i < storage.length; i++) {
                storage[i] = base + i;
                bytes[i] = added.get(i).bytes();
            }
            jdbc.sql("insert into ledger_hash (storage_index, hash) select * from unnest(?::bigint[], ?::bytea[])")
                    .params(storage, bytes).update();
            long[] indexes = new long[ids.size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = head.size() + i;
            }
            jdbc.sql("""
                    update ledger_entry e set leaf_index = v.i
                    from unnest(?::uuid[], ?::bigint[]) as v(id, i) where e.event_id = v.id""")
                    .params(ids.toArray(UUID[]::new), indexes).update();
            long size = head.size() + ids.size();
            HashReader reader = DbHashReader.overlay(added, base, hashes);
            Hash root = MerkleTree.treeHash(size, reader);
            jdbc.sql("update ledger_tree set size = ?, root = ?, updated_at = ?")
                    .params(size, root.bytes(), OffsetDateTime.now(clock)).update();
            written.addAll(added);
            writtenFrom[0] = base;
            return ids.size();
        });
        hashes.written(writtenFrom[0], written); // committed: the cache may serve them
        return n == null ? 0 : n;
    }

    static void lock(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, i) -> 1).list();
    }

    static TreeHead head(JdbcClient jdbc, boolean forUpdate) {
        return jdbc.sql("select size, root from ledger_tree" + (forUpdate ? " for update" : ""))
                .query((rs, i) -> new TreeHead(rs.getLong(1), Hash.of(rs.getBytes(2)))).single();
    }
}
