package org.custos.tlog.merkle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the hashes a log must store when it appends leaves, reading from storage only the right-edge
 * subtree roots of the old tree (at most one per level). Appending N leaves costs about 2N node hashes.
 */
public final class StoredHashes {
    private StoredHashes() {
    }

    /** The new stored hashes, in storage order starting at {@code StoredHashIndex.count(oldSize)}. */
    public static List<Hash> forAppend(long oldSize, List<Hash> leafHashes, HashReader reader) {
        long base = StoredHashIndex.count(oldSize);
        List<Hash> added = new ArrayList<>(leafHashes.size() * 2);
        Map<Long, Hash> frontier = new HashMap<>();
        long leaf = oldSize;
        for (Hash leafHash : leafHashes) {
            Hash hash = leafHash;
            added.add(hash);
            for (int level = 0; ((leaf >> level) & 1) == 1; level++) {
                long leftIndex = StoredHashIndex.of(level, (leaf >> level) - 1);
                Hash left = leftIndex >= base
                        ? added.get((int) (leftIndex - base))
                        : frontier.computeIfAbsent(leftIndex, i -> reader.readHashes(i)[0]);
                hash = Rfc6962.nodeHash(left, hash);
                added.add(hash);
            }
            leaf++;
        }
        return added;
    }

    /** Convenience for a single leaf. */
    public static List<Hash> forLeaf(long oldSize, Hash leafHash, HashReader reader) {
        return forAppend(oldSize, List.of(leafHash), reader);
    }
}
