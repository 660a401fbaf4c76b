package org.custos.cli.verify;

/**
 * One discrepancy: what kind, the first entry index it concerns (−1 if none), the tile or bundle path it was
 * found in ({@code null} if none) and a sentence for people. Kinds are declared most telling first.
 */
public record Finding(Kind kind, long index, String path, String message) {
    /** Kinds, in the order a verdict prefers them. */
    public enum Kind {
        /** The log has fewer entries than an earlier checkpoint covered. */
        LOG_SHORTER_THAN_EARLIER,
        /** The first entries no longer hash to the earlier checkpoint's root. */
        HISTORY_REWRITTEN,
        /** An entry's bytes differ from what the log recorded (its leaf hash is authenticated by the root). */
        ENTRY_ALTERED,
        /** An entry is absent: the following entries are shifted down, or a bundle is short. */
        ENTRY_MISSING,
        /** An entry bundle is not served or cannot be decoded. */
        BUNDLE_UNREADABLE,
        /** Entries and the log's tile disagree and neither matches the checkpoint root. */
        LEAF_MISMATCH,
        /** A served tile hash differs from the one recomputed from entries that do match the checkpoint. */
        TILE_CORRUPT,
        /** A tile the tree size requires is not served or is too short. */
        TILE_MISSING,
        /** A tile has bytes beyond its width (tiles are parsed to their exact length). */
        TILE_MALFORMED,
        /** The tree recomputed from the entries does not have the checkpoint's root. */
        ROOT_MISMATCH,
        /** A higher tile differs from the recomputed one as a consequence of entry-level discrepancies. */
        TILE_MISMATCH,
        /** With --check-openings: a record's opening does not hash to the commitment in its entry. */
        RECORD_ALTERED,
        /** With --check-openings: the server has no opening for an entry (HTTP 404): its record is gone. */
        RECORD_MISSING,
        /** With --check-openings: an entry has no commitment line of a known format, so it cannot be opened. */
        COMMITMENT_UNREADABLE
    }

    public static Finding of(Kind kind, long index, String path, String message) {
        return new Finding(kind, index, path, message);
    }
}
