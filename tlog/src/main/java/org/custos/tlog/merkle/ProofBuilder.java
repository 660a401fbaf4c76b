package org.custos.tlog.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates RFC 9162 §2.1.3.1 inclusion and §2.1.4.1 consistency proofs from stored hashes with a single batched
 * read of O(log² n) hashes at worst.
 */
public final class ProofBuilder {
    private ProofBuilder() {
    }

    /** Audit path for leaf {@code index} in the tree of {@code treeSize} leaves, leaf sibling first. */
    public static List<Hash> inclusionProof(long index, long treeSize, HashReader reader) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("index " + index + " is not in a tree of size " + treeSize);
        }
        List<long[]> ranges = new ArrayList<>();
        inclusionRanges(index, 0, treeSize, ranges);
        return hashRanges(ranges, reader);
    }

    /** Consistency proof from {@code oldSize} to {@code newSize}; empty when old is 0 or equals new. */
    public static List<Hash> consistencyProof(long oldSize, long newSize, HashReader reader) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("cannot prove " + oldSize + " → " + newSize);
        }
        List<long[]> ranges = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            consistencyRanges(oldSize, 0, newSize, true, ranges);
        }
        return hashRanges(ranges, reader);
    }

    private static void inclusionRanges(long index, long lo, long hi, List<long[]> out) {
        if (hi - lo == 1) {
            return;
        }
        long k = Rfc6962.splitPoint(hi - lo);
        if (index < lo + k) {
            inclusionRanges(index, lo, lo + k, out);
            out.add(new long[] {lo + k, hi});
        } else {
            inclusionRanges(index, lo + k, hi, out);
            out.add(new long[] {lo, lo + k});
        }
    }

    private static void consistencyRanges(long oldSize, long lo, long hi, boolean wholeOldTree, List<long[]> out) {
        if (oldSize == hi) {
            if (!wholeOldTree) {
                out.add(new long[] {lo, hi});
            }
            return;
        }
        long k = Rfc6962.splitPoint(hi - lo);
        if (oldSize <= lo + k) {
            consistencyRanges(oldSize, lo, lo + k, wholeOldTree, out);
            out.add(new long[] {lo + k, hi});
        } else {
            consistencyRanges(oldSize, lo + k, hi, false, out);
            out.add(new long[] {lo, lo + k});
        }
    }

    private static List<Hash> hashRanges(List<long[]> ranges, HashReader reader) {
        List<Long> indexes = new ArrayList<>();
        for (long[] r : ranges) {
            MerkleTree.subtreeIndexes(r[0], r[1], indexes);
        }
        Hash[] stored = reader.readHashes(MerkleTree.toArray(indexes));
        List<Hash> proof = new ArrayList<>(ranges.size());
        int at = 0;
        for (long[] r : ranges) {
            int count = MerkleTree.subtreeCount(r[0], r[1]);
            proof.add(MerkleTree.fold(stored, at, at + count));
            at += count;
        }
        return List.copyOf(proof);
    }
}
