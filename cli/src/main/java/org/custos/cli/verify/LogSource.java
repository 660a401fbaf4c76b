package org.custos.cli.verify;

import java.io.IOException;
import org.custos.tlog.tiles.Tile;

/**
 * Where a log's static read API (C2SP tlog-tiles) comes from: a directory or an HTTP prefix. A resource the log
 * does not serve yields {@code null}; other failures throw. Implementations are safe for concurrent use.
 */
public interface LogSource {
    /** The signed checkpoint, or {@code null} if not served. */
    byte[] checkpoint() throws IOException;

    /** A hash tile; for a partial tile the full tile may be returned instead (only a prefix is used). */
    byte[] tile(Tile tile) throws IOException;

    /** An entry bundle of {@code width} entries; for a partial bundle the full bundle may be returned instead. */
    byte[] entryBundle(long index, int width) throws IOException;

    /** For messages: the directory or URL. */
    String describe();
}
