package org.custos.tlog.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An in-memory log of stored hashes (32 bytes each in one growing array); not thread-safe. */
public final class MemoryHashStore implements HashReader {
    private byte[] data = new byte[Hash.SIZE * 64];
    private long hashCount;
    private long treeSize;

    /** Appends one entry and returns its index. */
    public long append(byte[] entry) {
        return appendLeafHashes(List.of(Rfc6962.leafHash(entry)));
    }

    /** Appends entries in order and returns the index of the first. */
    public long appendAll(List<byte[]> entries) {
        List<Hash> leaves = new ArrayList<>(entries.size());
        for (byte[] entry : entries) {
            leaves.add(Rfc6962.leafHash(entry));
        }
        return appendLeafHashes(leaves);
    }

    /** Appends leaf hashes in order and returns the index of the first. */
    public long appendLeafHashes(List<Hash> leafHashes) {
        long first = treeSize;
        List<Hash> added = StoredHashes.forAppend(treeSize, leafHashes, this);
        ensureCapacity(hashCount + added.size());
        for (Hash h : added) {
            h.copyTo(data, (int) (hashCount++ * Hash.SIZE));
        }
        treeSize += leafHashes.size();
        return first;
    }

    public long treeSize() {
        return treeSize;
    }

    public Hash rootHash() {
        return MerkleTree.treeHash(treeSize, this);
    }

    @Override
    public Hash[] readHashes(long... indexes) {
        Hash[] out = new Hash[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] < 0 || indexes[i] >= hashCount) {
                throw new IllegalArgumentException("hash " + indexes[i] + " is not stored (have " + hashCount + ")");
            }
            out[i] = Hash.of(data, (int) (indexes[i] * Hash.SIZE));
        }
        return out;
    }

    private void ensureCapacity(long hashes) {
        long bytes = hashes * Hash.SIZE;
        if (bytes > Integer.MAX_VALUE - 64) {
            throw new IllegalStateException("in-memory store is limited to about 67 million hashes");
        }
        if (bytes > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 64, Math.max(bytes, data.length * 2L)));
        }
    }
}
