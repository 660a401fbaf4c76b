package org.custos.cli.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.tiles.Tile;

/**
 * Collects the recomputed hashes of levels 8, 16, … into tiles and compares each, when complete (or at the end,
 * partial), with the tile the log serves. Differences are recorded as raw mismatches, classified later.
 */
final class HigherTiles implements TreeFold.Sink {
    /** A served tile that is absent, or differs from the recomputed one first at {@code position}. */
    record Mismatch(Tile tile, int position, boolean missing) {
        /** The first entry under the differing hash. */
        long firstEntry() {
            return ((tile.index() * Tile.FULL_WIDTH + Math.max(position, 0)) << (Tile.HEIGHT * tile.level()));
        }
    }

    private final LogSource source;
    private final byte[][] buffers = new byte[8][];
    private final long[] tileIndexes = new long[8];
    private final int[] counts = new int[8];
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int compared;

    HigherTiles(LogSource source) {
        this.source = source;
    }

    @Override
    public void accept(int level, long index, Hash hash) {
        int tileLevel = level / Tile.HEIGHT;
        if (buffers[tileLevel] == null) {
            buffers[tileLevel] = new byte[Tile.FULL_WIDTH * Hash.SIZE];
        }
        if (index != tileIndexes[tileLevel] * Tile.FULL_WIDTH + counts[tileLevel]) {
            throw new IllegalStateException("hashes out of order at level " + level);
        }
        hash.copyTo(buffers[tileLevel], counts[tileLevel]++ * Hash.SIZE);
        if (counts[tileLevel] == Tile.FULL_WIDTH) {
            compare(tileLevel);
            tileIndexes[tileLevel]++;
            counts[tileLevel] = 0;
        }
    }

    /** Compares the remaining partial tiles; call once after the last leaf. */
    void finish() {
        for (int level = 1; level < 8; level++) {
            if (counts[level] > 0) {
                compare(level);
                counts[level] = 0;
            }
        }
    }

    List<Mismatch> mismatches() {
        return mismatches;
    }

    int compared() {
        return compared;
    }

    private void compare(int level) {
        Tile tile = new Tile(level, tileIndexes[level], counts[level]);
        byte[] served;
        try {
            served = source.tile(tile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compared++;
        if (served == null || served.length != tile.width() * Hash.SIZE) {
            mismatches.add(new Mismatch(tile, -1, true));
            return;
        }
        int position = Hashing.firstDifference(buffers[level], served, tile.width());
        if (position >= 0) {
            mismatches.add(new Mismatch(tile, position, false));
        }
    }
}
