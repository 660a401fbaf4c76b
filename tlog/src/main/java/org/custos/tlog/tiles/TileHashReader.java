package org.custos.tlog.tiles;

import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.merkle.StoredHashIndex;

/**
 * Reads the stored hashes of a tree of known size from its tiles. Hashes at levels that are not multiples of
 * 8 are recomputed from the tile below (at most 128 hashes). Recently used tiles are cached, so a tree hash
 * or a proof touches O(log n) tiles. Tiles are not authenticated here: verify results against a signed root.
 */
public final class TileHashReader implements HashReader {
    private static final int CACHED_TILES = 64;

    private final long treeSize;
    private final TileSource source;
    private final Map<Tile, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Tile, byte[]> eldest) {
            return size() > CACHED_TILES;
        }
    };

    public TileHashReader(long treeSize, TileSource source) {
        this.treeSize = treeSize;
        this.source = source;
    }

    @Override
    public Hash[] readHashes(long... indexes) {
        Hash[] out = new Hash[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = readHash(indexes[i]);
        }
        return out;
    }

    private Hash readHash(long storageIndex) {
        if (storageIndex < 0 || storageIndex >= StoredHashIndex.count(treeSize)) {
            throw new IllegalArgumentException("hash " + storageIndex + " is not in a tree of size " + treeSize);
        }
        long[] split = StoredHashIndex.split(storageIndex);
        int level = (int) split[0];
        int tileLevel = level / Tile.HEIGHT;
        int extra = level % Tile.HEIGHT;
        long first = split[1] << extra;
        long tileIndex = first / Tile.FULL_WIDTH;
        long hashesAtTileLevel = treeSize >> (Tile.HEIGHT * tileLevel);
        int width = (int) Math.min(Tile.FULL_WIDTH, hashesAtTileLevel - tileIndex * Tile.FULL_WIDTH);
        byte[] data = tile(new Tile(tileLevel, tileIndex, width));
        int offset = (int) (first - tileIndex * Tile.FULL_WIDTH);
        Hash[] row = new Hash[1 << extra];
        for (int j = 0; j < row.length; j++) {
            row[j] = Hash.of(data, (offset + j) * Hash.SIZE);
        }
        for (int size = row.length; size > 1; size /= 2) {
            for (int j = 0; j < size / 2; j++) {
                row[j] = Rfc6962.nodeHash(row[2 * j], row[2 * j + 1]);
            }
        }
        return row[0];
    }

    private byte[] tile(Tile tile) {
        byte[] data = cache.get(tile);
        if (data == null) {
            data = source.readTile(tile);
            if (data.length < tile.width() * Hash.SIZE || data.length % Hash.SIZE != 0) {
                throw new IllegalStateException("tile " + tile.path() + " has " + data.length + " bytes");
            }
            cache.put(tile, data);
        }
        return data;
    }
}
