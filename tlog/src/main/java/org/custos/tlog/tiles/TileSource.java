package org.custos.tlog.tiles;

/**
 * Where tiles come from (a directory, an HTTP client, a database). For a partial tile a source may return the
 * full tile or any wider partial instead; only the first {@code width} hashes are used.
 * I/O failures surface as {@link java.io.UncheckedIOException}.
 */
@FunctionalInterface
public interface TileSource {
    byte[] readTile(Tile tile);
}
