package org.custos.cli.verify;

import org.custos.tlog.merkle.Hash;
import org.custos.tlog.tiles.Tile;

/**
 * A partial tile or bundle read from its full version (tlog-tiles allows a log to serve only the full one once it
 * exists). The full one is cut to the partial width only if it is exactly a full tile (256 hashes) or exactly a full
 * bundle (256 length-prefixed entries, no byte more); otherwise it is returned as is, and the strict checks of the
 * partial width name it.
 */
final class Partial {

    private Partial() {
    }

    static byte[] tile(byte[] full, int width) {
        if (full == null || full.length != Tile.FULL_WIDTH * Hash.SIZE) {
            return full;
        }
        return java.util.Arrays.copyOf(full, width * Hash.SIZE);
    }

    static byte[] bundle(byte[] full, int width) {
        if (full == null) {
            return null;
        }
        int at = 0;
        int cut = -1;
        for (int count = 0; count < Tile.FULL_WIDTH; count++) {
            if (count == width) {
                cut = at;
            }
            if (at + 2 > full.length) {
                return full;
            }
            at += 2 + (((full[at] & 0xFF) << 8) | (full[at + 1] & 0xFF));
            if (at > full.length) {
                return full;
            }
        }
        return at == full.length && cut >= 0 ? java.util.Arrays.copyOf(full, cut) : full;
    }
}
