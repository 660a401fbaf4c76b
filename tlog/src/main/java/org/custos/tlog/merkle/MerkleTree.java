package org.custos.tlog.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Tree hashes of any size computed from stored hashes in O(log n) reads: a range [lo, hi) whose start is
 * aligned decomposes into complete subtrees of decreasing size, folded right to left (RFC 6962 split).
 */
public final class MerkleTree {
    private MerkleTree() {
    }

    /** MTH of the first {@code treeSize} leaves. */
    public static Hash treeHash(long treeSize, HashReader reader) {
        if (treeSize == 0) {
            return Rfc6962.EMPTY_ROOT;
        }
        List<Long> indexes = new ArrayList<>();
        subtreeIndexes(0, treeSize, indexes);
        Hash[] hashes = reader.readHashes(toArray(indexes));
        return fold(hashes, 0, hashes.length);
    }

    /** Appends the storage indexes of the complete subtrees that make up [lo, hi). */
    static void subtreeIndexes(long lo, long hi, List<Long> out) {
        while (lo < hi) {
            long size = Long.highestOneBit(hi - lo);
            int level = Long.numberOfTrailingZeros(size);
            if (lo % size != 0) {
                throw new IllegalArgumentException("range [" + lo + "," + hi + ") is not RFC 6962 aligned");
            }
            out.add(StoredHashIndex.of(level, lo >> level));
            lo += size;
        }
    }

    /** Number of complete subtrees in [lo, hi). */
    static int subtreeCount(long lo, long hi) {
        return Long.bitCount(hi - lo);
    }

    /** Folds complete subtree hashes [from, to) right to left into one hash. */
    static Hash fold(Hash[] hashes, int from, int to) {
        Hash h = hashes[to - 1];
        for (int i = to - 2; i >= from; i--) {
            h = Rfc6962.nodeHash(hashes[i], h);
        }
        return h;
    }

    static long[] toArray(List<Long> list) {
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
