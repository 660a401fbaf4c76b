package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.merkle.StoredHashIndex;
import org.custos.tlog.merkle.StoredHashes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds the tree from the stored entries and compares every stored hash with the recomputed one.
 * A missing entry is replaced by its stored leaf hash (or zeros) so that each discrepancy is named once.
 */
final class TreeCheck {

    private static final Hash ZERO = Hash.of(new byte[Hash.SIZE]);
    private final JdbcTemplate jdbc;
    private final Findings findings;
    private final RecomputedHashes recomputed = new RecomputedHashes();
    private long size;

    TreeCheck(JdbcTemplate jdbc, Findings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    /** Recomputes the tree from the entries with a leaf index; returns its size. */
    long rebuild(long headSize) {
        List<Hash> batch = new ArrayList<>();
        long[] next = {0};
        jdbc.query("select leaf_index, event_id, entry from ledger_entry where leaf_index is not null order by leaf_index",
                rs -> {
                    long index = rs.getLong(1);
                    for (; next[0] < index; next[0]++) {
                        findings.add("entry-missing", next[0], null, "no entry has this leaf index");
                        batch.add(storedLeaf(next[0]));
                    }
                    if (index >= headSize) {
                        findings.add("entry-beyond-tree", index, rs.getObject(2, UUID.class),
                                "leaf index beyond the tree size " + headSize);
                    }
                    batch.add(Rfc6962.leafHash(rs.getBytes(3)));
                    next[0] = index + 1;
                    if (batch.size() == 4096) {
                        flush(batch);
                    }
                });
        for (; next[0] < headSize; next[0]++) {
            findings.add("entry-missing", next[0], null, "no entry has this leaf index");
            batch.add(storedLeaf(next[0]));
        }
        flush(batch);
        return size;
    }

    private Hash storedLeaf(long index) {
        List<byte[]> h = jdbc.query("select hash from ledger_hash where storage_index = ?", (rs, i) -> rs.getBytes(1),
                StoredHashIndex.of(0, index));
        return h.isEmpty() ? ZERO : Hash.of(h.get(0));
    }

    private void flush(List<Hash> leaves) {
        if (leaves.isEmpty()) {
            return;
        }
        StoredHashes.forAppend(size, leaves, recomputed).forEach(recomputed::add);
        size += leaves.size();
        leaves.clear();
    }

    /** Compares every stored hash with the recomputed one. */
    void compareStored() {
        long[] expected = {0};
        jdbc.query("select storage_index, hash from ledger_hash order by storage_index", rs -> {
            long index = rs.getLong(1);
            for (; expected[0] < Math.min(index, recomputed.count()); expected[0]++) {
                missing(expected[0]);
            }
            if (index >= recomputed.count()) {
                findings.add("hash-beyond-tree", null, null, "stored hash " + index + " is beyond the entries");
            } else if (!recomputed.get(index).equals(Hash.of(rs.getBytes(2)))) {
                long[] ln = StoredHashIndex.split(index);
                long first = ln[1] << ln[0];
                findings.add(ln[0] == 0 ? "entry-hash-mismatch" : "node-hash-mismatch", first, null,
                        "stored hash at level " + ln[0] + " covering entries " + first + ".."
                                + (((ln[1] + 1) << ln[0]) - 1) + " differs from the one recomputed from the entries");
            }
            expected[0] = index + 1;
        });
        for (; expected[0] < recomputed.count(); expected[0]++) {
            missing(expected[0]);
        }
    }

    private void missing(long storageIndex) {
        long[] ln = StoredHashIndex.split(storageIndex);
        findings.add("hash-missing", ln[1] << ln[0], null, "stored hash at level " + ln[0] + " is missing");
    }

    /** The recomputed root of the tree of {@code treeSize} entries, or null if the entries do not reach it. */
    Hash root(long treeSize) {
        if (treeSize > size) {
            return null;
        }
        return treeSize == 0 ? Rfc6962.EMPTY_ROOT : MerkleTree.treeHash(treeSize, recomputed);
    }

    long size() {
        return size;
    }

    Findings findings() {
        return findings;
    }
}
