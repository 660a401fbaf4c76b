package org.custos.cli.verify;

import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.Rfc6962;

/**
 * Streams a tree left to right keeping only its right edge (one subtree root per level). Every complete subtree
 * at a level that is a positive multiple of 8 is passed to the sink: those are the hashes higher tiles serve.
 * Can snapshot the root at one chosen size on the way (for an earlier checkpoint).
 */
final class TreeFold {
    /** Receives stored hashes of complete subtrees: (level, index within level, hash). */
    interface Sink {
        void accept(int level, long index, Hash hash);
    }

    private final Hash[] hashes = new Hash[64];
    private final int[] levels = new int[64];
    private final long[] starts = new long[64];
    private final Sink sink;
    private final long snapshotAt;
    private int top;
    private long size;
    private Hash snapshot;

    /** {@code snapshotAt} < 0 for none. */
    TreeFold(Sink sink, long snapshotAt) {
        this.sink = sink;
        this.snapshotAt = snapshotAt;
        if (snapshotAt == 0) {
            snapshot = Rfc6962.EMPTY_ROOT;
        }
    }

    long size() {
        return size;
    }

    /** Adds a complete subtree of 2^level leaves; the current size must be a multiple of 2^level. */
    void push(int level, Hash hash) {
        if ((size & ((1L << level) - 1)) != 0) {
            throw new IllegalStateException("unaligned subtree at size " + size);
        }
        emit(level, size, hash);
        hashes[top] = hash;
        levels[top] = level;
        starts[top] = size;
        top++;
        size += 1L << level;
        while (top >= 2 && levels[top - 1] == levels[top - 2]) {
            Hash merged = Rfc6962.nodeHash(hashes[top - 2], hashes[top - 1]);
            top--;
            hashes[top - 1] = merged;
            levels[top - 1]++;
            emit(levels[top - 1], starts[top - 1], merged);
        }
        if (size == snapshotAt) {
            snapshot = root();
        }
    }

    /** Adds {@code count} consecutive leaf hashes (32 bytes each) from {@code leaves}. */
    void pushLeaves(byte[] leaves, int count) {
        for (int i = 0; i < count; i++) {
            push(0, Hash.of(leaves, i * Hash.SIZE));
        }
    }

    /** Adds a bundle: as one level-8 subtree when full and the snapshot size is not inside it. */
    void pushBundle(byte[] leaves, int width, byte[] root8) {
        boolean snapshotInside = snapshotAt > size && snapshotAt < size + width;
        if (root8 != null && !snapshotInside) {
            push(8, Hash.of(root8));
        } else {
            pushLeaves(leaves, width);
        }
    }

    /** MTH of everything pushed so far. */
    Hash root() {
        if (top == 0) {
            return Rfc6962.EMPTY_ROOT;
        }
        Hash h = hashes[top - 1];
        for (int i = top - 2; i >= 0; i--) {
            h = Rfc6962.nodeHash(hashes[i], h);
        }
        return h;
    }

    /** The root at {@code snapshotAt}, or {@code null} if the fold never reached that size. */
    Hash snapshot() {
        return snapshot;
    }

    private void emit(int level, long start, Hash hash) {
        if (sink != null && level > 0 && level % 8 == 0) {
            sink.accept(level, start >> level, hash);
        }
    }
}
