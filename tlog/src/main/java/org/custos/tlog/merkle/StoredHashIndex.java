package org.custos.tlog.merkle;

/**
 * The order in which a log stores its hashes: after appending leaf {@code m}, the leaf hash followed by the
 * roots of every complete subtree that leaf completes, lowest first. A tree of n leaves stores 2n − popcount(n)
 * hashes; the hash of the complete subtree at (level, n) covers leaves [n·2^level, (n+1)·2^level).
 */
public final class StoredHashIndex {
    private StoredHashIndex() {
    }

    /** Storage index of the complete subtree hash at {@code level} with index {@code n} within that level. */
    public static long of(int level, long n) {
        long lastLeaf = ((n + 1) << level) - 1;
        return firstIndexOfLeaf(lastLeaf) + level;
    }

    /** Number of hashes stored for a tree of {@code treeSize} leaves. */
    public static long count(long treeSize) {
        return 2 * treeSize - Long.bitCount(treeSize);
    }

    /** Inverse of {@link #of}: {level, n}. */
    public static long[] split(long index) {
        long leaf = index / 2;
        while (firstIndexOfLeaf(leaf + 1) <= index) {
            leaf++;
        }
        int level = (int) (index - firstIndexOfLeaf(leaf));
        return new long[] {level, leaf >> level};
    }

    private static long firstIndexOfLeaf(long leaf) {
        return count(leaf);
    }
}
