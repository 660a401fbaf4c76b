package org.custos.cli.verify;

import java.util.List;

/**
 * What checking one entry bundle against its level-0 tile found. Hash arrays hold {@code width} (or
 * {@code oldWidth}) 32-byte hashes; a {@code *Root8} is the level-8 subtree root when the bundle is full.
 *
 * @param leaves        leaf hashes recomputed from the entries (served hashes stand in for absent entries)
 * @param served        the served tile's hashes, or {@code null} if the tile is absent
 * @param firstMismatch first position where entries and tile differ, −1 if none
 * @param shifted       the entry at {@code firstMismatch} is the one the tile records one position later
 * @param presentEntries entries actually found in the bundle (≤ width)
 * @param old           the earlier log's tile hashes (with {@code --since DIR}), or {@code null}
 * @param firstOldDiff  first position where entries differ from the earlier log, −1 if none
 * @param commitments   with --check-openings: the commitment line of each present entry ({@code null} cell if it
 *                      has none), else {@code null}
 */
record BundleResult(long bundle, int width, byte[] leaves, byte[] root8, byte[] served, byte[] servedRoot8,
        int firstMismatch, int mismatches, boolean shifted, int presentEntries,
        byte[] old, byte[] oldRoot8, int oldWidth, int firstOldDiff, List<Finding> findings,
        byte[][] commitments) {

    long firstIndex() {
        return bundle * 256;
    }
}
