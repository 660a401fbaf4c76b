package org.custos.cli.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.TilePaths;

/** A directory laid out as the tlog-tiles API: {@code checkpoint}, {@code tile/<L>/<N>}, {@code tile/entries/<N>}. */
public final class DirectorySource implements LogSource {
    private final Path root;

    public DirectorySource(Path root) {
        this.root = root;
    }

    @Override
    public byte[] checkpoint() throws IOException {
        return read("checkpoint");
    }

    @Override
    public byte[] tile(Tile tile) throws IOException {
        byte[] data = read(tile.path());
        if (data == null && !tile.isFull()) {
            data = Partial.tile(read(new Tile(tile.level(), tile.index(), Tile.FULL_WIDTH).path()), tile.width());
        }
        return data;
    }

    @Override
    public byte[] entryBundle(long index, int width) throws IOException {
        byte[] data = read(TilePaths.entryBundlePath(index, width));
        if (data == null && width < Tile.FULL_WIDTH) {
            data = Partial.bundle(read(TilePaths.entryBundlePath(index, Tile.FULL_WIDTH)), width);
        }
        return data;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    private byte[] read(String relative) throws IOException {
        try {
            return Files.readAllBytes(root.resolve(relative));
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
