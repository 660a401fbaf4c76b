package org.custos.tlog.tiles;

import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.custos.tlog.merkle.StoredHashIndex;

/** Produces tiles from stored hashes: which tiles a tree size has, which changed, and their bytes. */
public final class Tiles {
    private Tiles() {
    }

    /** Every tile of a tree of {@code treeSize} leaves: full tiles and at most one partial tile per level. */
    public static List<Tile> forTreeSize(long treeSize) {
        return changedTiles(0, treeSize);
    }

    /** Tiles that exist at {@code newSize} but not (with the same width) at {@code oldSize}. */
    public static List<Tile> changedTiles(long oldSize, long newSize) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("sizes " + oldSize + " → " + newSize);
        }
        List<Tile> out = new ArrayList<>();
        for (int level = 0; level < 8 && (newSize >> (Tile.HEIGHT * level)) > 0; level++) {
            long oldCount = oldSize >> (Tile.HEIGHT * level);
            long newCount = newSize >> (Tile.HEIGHT * level);
            for (long t = oldCount / Tile.FULL_WIDTH; t * Tile.FULL_WIDTH < newCount; t++) {
                int width = (int) Math.min(Tile.FULL_WIDTH, newCount - t * Tile.FULL_WIDTH);
                long oldWidth = Math.max(0, Math.min(Tile.FULL_WIDTH, oldCount - t * Tile.FULL_WIDTH));
                if (width > oldWidth) {
                    out.add(new Tile(level, t, width));
                }
            }
        }
        return out;
    }

    /** The tile's bytes: {@code width} concatenated 32-byte hashes. */
    public static byte[] read(Tile tile, HashReader reader) {
        long[] indexes = new long[tile.width()];
        int level = Tile.HEIGHT * tile.level();
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = StoredHashIndex.of(level, tile.index() * Tile.FULL_WIDTH + i);
        }
        Hash[] hashes = reader.readHashes(indexes);
        byte[] data = new byte[hashes.length * Hash.SIZE];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i].copyTo(data, i * Hash.SIZE);
        }
        return data;
    }
}
