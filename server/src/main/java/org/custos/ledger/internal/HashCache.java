package org.custos.ledger.internal;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stored hashes held in memory for serving proofs and tiles: stored hashes never change once written, so a copy
 * is as good as the table. Chunks of {@value #CHUNK} consecutive storage indexes (128 KiB each) are loaded from
 * {@code ledger_hash} in one query on first use; the sequencer of this instance adds the hashes it writes after
 * they commit. A chunk known only up to some index is read again when a later index is asked for (another
 * instance may have sequenced). At most {@code custos.ledger.hash-cache-chunks} chunks are kept (default 512,
 * 64 MiB: the whole tree up to about 1 million entries); beyond that an arbitrary chunk is dropped.
 */
@Component
class HashCache implements HashReader {

    static final int SHIFT = 12;
    static final int CHUNK = 1 << SHIFT;

    /** The first {@code filled} hashes of a chunk, 32 bytes each. */
    private record Chunk(byte[] hashes, int filled) {
    }

    private final ConcurrentHashMap<Long, Chunk> chunks = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final int maxChunks;

    HashCache(JdbcClient jdbc, LedgerProperties properties) {
        this.jdbc = jdbc;
        this.maxChunks = Math.max(2, properties.hashCacheChunks());
    }

    @Override
    public Hash[] readHashes(long... indexes) {
        Hash[] out = new Hash[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            long index = indexes[i];
            Chunk c = chunks.get(index >>> SHIFT);
            int at = (int) (index & (CHUNK - 1));
            if (c == null || at >= c.filled()) {
                c = load(index >>> SHIFT);
                if (at >= c.filled()) {
                    throw new IllegalArgumentException("stored hash " + index + " is missing");
                }
            }
            out[i] = Hash.of(c.hashes(), at * Hash.SIZE);
        }
        return out;
    }

    /** Hashes written from storage index {@code base} on, committed: extends the chunks that end where they begin. */
    void written(long base, java.util.List<Hash> added) {
        long index = base;
        for (Hash h : added) {
            long key = index >>> SHIFT;
            int at = (int) (index & (CHUNK - 1));
            Chunk c = chunks.get(key);
            if (c == null && at == 0 && chunks.size() < maxChunks) {
                c = new Chunk(new byte[CHUNK * Hash.SIZE], 0);
            }
            if (c != null && c.filled() == at) {
                h.copyTo(c.hashes(), at * Hash.SIZE); // beyond `filled`: not visible to readers until put
                chunks.put(key, new Chunk(c.hashes(), at + 1));
            }
            index++;
        }
    }

    private Chunk load(long key) {
        byte[] hashes = new byte[CHUNK * Hash.SIZE];
        long first = key << SHIFT;
        int[] filled = {0};
        jdbc.sql("select storage_index, hash from ledger_hash where storage_index >= ? and storage_index < ?"
                        + " order by storage_index")
                .params(first, first + CHUNK)
                .query(rs -> {
                    int at = (int) (rs.getLong(1) - first);
                    if (at == filled[0]) {
                        System.arraycopy(rs.getBytes(2), 0, hashes, at * Hash.SIZE, Hash.SIZE);
                        filled[0]++;
                    }
                });
        Chunk c = new Chunk(hashes, filled[0]);
        if (chunks.size() >= maxChunks) {
            Iterator<Long> keys = chunks.keySet().iterator();
            if (keys.hasNext()) {
                chunks.remove(keys.next());
            }
        }
        chunks.merge(key, c, (old, loaded) -> old.filled() >= loaded.filled() ? old : loaded);
        return chunks.getOrDefault(key, c);
    }
}
