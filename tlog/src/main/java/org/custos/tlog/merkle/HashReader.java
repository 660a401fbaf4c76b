package org.custos.tlog.merkle;

/**
 * Reads stored hashes by storage index (see {@link StoredHashIndex}). Implementations may be in memory, a
 * directory of tiles or a database. I/O failures surface as {@link java.io.UncheckedIOException}; an index
 * that is not stored yields {@link IllegalArgumentException}.
 */
@FunctionalInterface
public interface HashReader {
    /** Returns the hashes at the given storage indexes, in the same order. */
    Hash[] readHashes(long... indexes);
}
