package org.custos.cli.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.custos.cli.verify.Finding.Kind;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.TilePaths;

/** Reads one entry bundle and its level-0 tile, hashes the entries and compares; runs on worker threads. */
final class BundleChecker {
    private static final int FULL = Tile.FULL_WIDTH;

    private BundleChecker() {
    }

    /** Bundle {@code k} holds {@code width} entries at the checked size, {@code oldWidth} at the earlier one. */
    static BundleResult check(LogSource source, LogSource earlier, long k, int width, int oldWidth)
            throws IOException {
        return check(source, earlier, k, width, oldWidth, false);
    }

    /** As above; with {@code commitments}, also keeps the commitment line of every entry (--check-openings). */
    static BundleResult check(LogSource source, LogSource earlier, long k, int width, int oldWidth,
            boolean commitments) throws IOException {
        List<Finding> findings = new ArrayList<>(0);
        String bundlePath = TilePaths.entryBundlePath(k, width);
        Tile tile = new Tile(0, k, width);
        byte[] read = source.tile(tile);
        byte[] served = usable(read, width);
        if (served == null && read != null && read.length > width * Hash.SIZE) {
            findings.add(Finding.of(Kind.TILE_MALFORMED, k * FULL, tile.path(), "tile " + tile.path() + " has "
                    + (read.length - width * Hash.SIZE) + " bytes more than its " + width + " hashes"));
        } else if (served == null) {
            findings.add(Finding.of(Kind.TILE_MISSING, k * FULL, tile.path(), "tile " + tile.path()
                    + " is not served (or too short) but the tree size requires it"));
        }
        byte[] leaves = new byte[width * Hash.SIZE];
        byte[][] committed = commitments ? new byte[width][] : null;
        int present = hashEntries(source.entryBundle(k, width), width, leaves, committed, k, bundlePath, findings);
        if (committed != null && present < width) {
            committed = java.util.Arrays.copyOf(committed, present);
        }
        if (present < width && served != null) {
            System.arraycopy(served, present * Hash.SIZE, leaves, present * Hash.SIZE, (width - present) * Hash.SIZE);
        }
        int first = served == null ? -1 : Hashing.firstDifference(leaves, served, width);
        int mismatches = first < 0 ? 0 : Hashing.countDifferences(leaves, served, width);
        boolean shifted = first >= 0 && first + 1 < width && Hashing.sameHash(leaves, first, served, first + 1)
                && !Hashing.sameHash(leaves, first + 1, served, first); // a swap of two entries is no shift
        boolean full = width == FULL;
        byte[] root8 = full ? Hashing.subtreeRoot(leaves, FULL) : null;
        byte[] servedRoot8 = full && served != null ? (first < 0 ? root8 : Hashing.subtreeRoot(served, FULL)) : null;
        if (first < 0) {
            served = null; // identical: the caller needs only the entries' hashes
        }
        byte[] old = null;
        byte[] oldRoot8 = null;
        int firstOldDiff = -1;
        if (earlier != null && oldWidth > 0) {
            Tile oldTile = new Tile(0, k, oldWidth);
            old = usable(earlier.tile(oldTile), oldWidth);
            if (old == null) {
                throw new IOException("the earlier log copy lacks tile " + oldTile.path());
            }
            firstOldDiff = Hashing.firstDifference(old, leaves, Math.min(oldWidth, present));
            if (firstOldDiff < 0 && present < oldWidth) {
                firstOldDiff = present;
            }
            oldRoot8 = oldWidth == FULL ? (firstOldDiff < 0 && full ? root8 : Hashing.subtreeRoot(old, FULL)) : null;
        }
        return new BundleResult(k, width, leaves, root8, served, servedRoot8, first, mismatches, shifted, present,
                old, oldRoot8, oldWidth, firstOldDiff, findings, committed);
    }

    /** For a log shorter than the earlier copy: only the earlier tile of bundle {@code k}. */
    static BundleResult earlierOnly(LogSource earlier, long k, int oldWidth) throws IOException {
        Tile oldTile = new Tile(0, k, oldWidth);
        byte[] old = usable(earlier.tile(oldTile), oldWidth);
        if (old == null) {
            throw new IOException("the earlier log copy lacks tile " + oldTile.path());
        }
        byte[] oldRoot8 = oldWidth == FULL ? Hashing.subtreeRoot(old, FULL) : null;
        return new BundleResult(k, 0, null, null, null, null, -1, 0, false, 0, old, oldRoot8, oldWidth, -1,
                List.of(), null);
    }

    /** Hashes up to {@code width} entries into {@code leaves}; returns how many were present. */
    private static int hashEntries(byte[] bundle, int width, byte[] leaves, byte[][] commitments, long k,
            String path, List<Finding> findings) {
        long base = k * FULL;
        if (bundle == null) {
            findings.add(Finding.of(Kind.BUNDLE_UNREADABLE, base, path, "entry bundle " + path
                    + " is not served: entries " + base + ".." + (base + width - 1) + " are missing"));
            return 0;
        }
        int at = 0;
        int count = 0;
        while (count < width && at < bundle.length) {
            if (at + 2 > bundle.length) {
                break;
            }
            int length = ((bundle[at] & 0xFF) << 8) | (bundle[at + 1] & 0xFF);
            if (at + 2 + length > bundle.length) {
                break;
            }
            Hashing.leaf(bundle, at + 2, length, leaves, count * Hash.SIZE);
            if (commitments != null) {
                commitments[count] = Opening.entryCommitment(bundle, at + 2, length);
            }
            at += 2 + length;
            count++;
        }
        if (count < width) {
            boolean truncated = at < bundle.length;
            findings.add(Finding.of(truncated ? Kind.BUNDLE_UNREADABLE : Kind.ENTRY_MISSING, base + count, path,
                    truncated ? "entry bundle " + path + " is malformed at byte " + at + ": entry " + (base + count)
                            + " cannot be decoded"
                            : "entry bundle " + path + " holds " + count + " entries but the checkpoint needs "
                            + width + ": entry " + (base + count) + " onwards is missing"));
        } else if (at < bundle.length) {
            findings.add(Finding.of(Kind.BUNDLE_UNREADABLE, base + width - 1, path, "entry bundle " + path
                    + " has " + (bundle.length - at) + " bytes after its last entry (entry " + (base + width - 1)
                    + ")"));
        }
        return count;
    }

    private static byte[] usable(byte[] tile, int width) {
        return tile == null || tile.length != width * Hash.SIZE ? null : tile;
    }
}
