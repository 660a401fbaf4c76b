package org.custos.tlog.tiles;

import org.custos.tlog.TlogFormatException;

/**
 * A tile of height 8: at {@code level} L it holds the hashes of the complete subtrees of 256^L leaves numbered
 * index·256 … index·256 + width − 1. Width 256 is a full (immutable) tile; less is a partial tile.
 */
public record Tile(int level, long index, int width) {
    public static final int HEIGHT = 8;
    public static final int FULL_WIDTH = 1 << HEIGHT;

    public Tile {
        if (level < 0 || level > 7 || index < 0 || width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("invalid tile L=" + level + " N=" + index + " W=" + width);
        }
    }

    public boolean isFull() {
        return width == FULL_WIDTH;
    }

    /** {@code tile/<L>/<N>[.p/<W>]}, with N in {@code x}-prefixed three-digit groups. */
    public String path() {
        return "tile/" + level + "/" + TilePaths.encodeIndex(index) + TilePaths.partialSuffix(width);
    }

    /** Parses a hash tile path such as {@code tile/0/x001/234.p/7}. */
    public static Tile parsePath(String path) throws TlogFormatException {
        if (!path.startsWith("tile/") || path.startsWith("tile/entries/")) {
            throw new TlogFormatException("not a hash tile path: " + path);
        }
        String rest = path.substring("tile/".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new TlogFormatException("missing tile index: " + path);
        }
        int level = (int) TilePaths.parseDecimal(rest.substring(0, slash), 7);
        long[] indexAndWidth = TilePaths.parseIndexAndWidth(rest.substring(slash + 1));
        return new Tile(level, indexAndWidth[0], (int) indexAndWidth[1]);
    }
}
