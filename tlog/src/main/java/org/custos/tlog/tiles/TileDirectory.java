package org.custos.tlog.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.custos.tlog.merkle.HashReader;

/**
 * A static-read-API directory: {@code <dir>/tile/<L>/<N>[.p/<W>]} and {@code <dir>/tile/entries/...}. Reading a
 * partial tile falls back to the full tile when the partial file is gone. Files are replaced atomically.
 */
public final class TileDirectory implements TileSource {
    private final Path root;

    public TileDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A hash reader over this directory for a tree of {@code treeSize} leaves. */
    public HashReader hashReader(long treeSize) {
        return new TileHashReader(treeSize, this);
    }

    @Override
    public byte[] readTile(Tile tile) {
        try {
            return Files.readAllBytes(root.resolve(tile.path()));
        } catch (NoSuchFileException e) {
            if (tile.isFull()) {
                throw new UncheckedIOException(e);
            }
            return readTile(new Tile(tile.level(), tile.index(), Tile.FULL_WIDTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the tiles that changed between two tree sizes (all tiles when {@code oldSize} is 0). */
    public List<Tile> writeTiles(long oldSize, long newSize, HashReader reader) throws IOException {
        List<Tile> tiles = Tiles.changedTiles(oldSize, newSize);
        for (Tile tile : tiles) {
            write(tile.path(), Tiles.read(tile, reader));
        }
        return tiles;
    }

    /** Writes entry bundles for entries [firstIndex, firstIndex + entries.size()); firstIndex must start a bundle. */
    public void writeEntryBundles(long firstIndex, List<byte[]> entries) throws IOException {
        if (firstIndex % Tile.FULL_WIDTH != 0) {
            throw new IllegalArgumentException("entry bundles start at multiples of 256");
        }
        for (int from = 0; from < entries.size(); from += Tile.FULL_WIDTH) {
            List<byte[]> bundle = entries.subList(from, Math.min(entries.size(), from + Tile.FULL_WIDTH));
            long index = (firstIndex + from) / Tile.FULL_WIDTH;
            write(TilePaths.entryBundlePath(index, bundle.size()), EntryBundle.encode(bundle));
        }
    }

    /** Reads an entry bundle (full or partial). */
    public List<byte[]> readEntryBundle(long index, int width) throws IOException, org.custos.tlog.TlogFormatException {
        return EntryBundle.decode(Files.readAllBytes(root.resolve(TilePaths.entryBundlePath(index, width))));
    }

    /** Atomically writes {@code relativePath} under the root. */
    public void write(String relativePath, byte[] data) throws IOException {
        Path target = root.resolve(relativePath);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".tmp-", "");
        try {
            Files.write(temp, data);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
