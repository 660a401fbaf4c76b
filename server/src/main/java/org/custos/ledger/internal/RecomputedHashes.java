package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;

/** The stored hashes the audit recomputes from the entries, held compactly in memory (32 bytes each). */
final class RecomputedHashes implements HashReader {

    private static final int PER_CHUNK = 1 << 15;
    private final List<byte[]> chunks = new ArrayList<>();
    private long count;

    void add(Hash h) {
        int at = (int) (count % PER_CHUNK);
        if (at == 0) {
            chunks.add(new byte[PER_CHUNK * Hash.SIZE]);
        }
        h.copyTo(chunks.get(chunks.size() - 1), at * Hash.SIZE);
        count++;
    }

    long count() {
        return count;
    }

    Hash get(long index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("hash " + index + " not recomputed");
        }
        return Hash.of(chunks.get((int) (index / PER_CHUNK)), (int) (index % PER_CHUNK) * Hash.SIZE);
    }

    @Override
    public Hash[] readHashes(long... indexes) {
        Hash[] out = new Hash[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = get(indexes[i]);
        }
        return out;
    }
}
