package org.custos.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.NoteSigner;
import org.custos.tlog.tiles.EntryBundle;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.TileDirectory;
import org.custos.tlog.tiles.TilePaths;

/** Builds logs as a directory of tiles (the tlog-tiles layout) with the tlog library, and tampers with them. */
public final class LogFixture {
    public static final Ed25519NoteSigner LOG = new Ed25519NoteSigner("custos.example/ledger", seed(1));
    /** Same name as the log, another key: an impostor. */
    public static final Ed25519NoteSigner IMPOSTOR = new Ed25519NoteSigner("custos.example/ledger", seed(2));
    public static final CosignatureSigner OMBUDSMAN =
            new CosignatureSigner("ombudsman.example/witness", seed(3), Clock.systemUTC());
    public static final CosignatureSigner COURT = new CosignatureSigner("court.example/witness", seed(4), Clock.systemUTC());

    private LogFixture() {
    }

    /** Entries like "admission 000042 tag", about 30 bytes. */
    public static List<byte[]> entries(int from, int to, String tag) {
        List<byte[]> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(String.format("custody event %06d %s", i, tag).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    public static List<byte[]> entries(int n) {
        return entries(0, n, "admission");
    }

    /** An in-memory log of {@code entries}. */
    public static MemoryHashStore memory(List<byte[]> entries) {
        MemoryHashStore log = new MemoryHashStore();
        log.appendAll(entries);
        return log;
    }

    /** Writes tiles, entry bundles and {@code checkpoint} signed by {@code signers}; returns the checkpoint text. */
    public static String write(Path dir, List<byte[]> entries, NoteSigner... signers) throws IOException {
        MemoryHashStore log = memory(entries);
        TileDirectory tiles = new TileDirectory(dir);
        tiles.writeTiles(0, log.treeSize(), log);
        tiles.writeEntryBundles(0, entries);
        String note = new Checkpoint(LOG.name(), log.treeSize(), log.rootHash()).sign(signers).format();
        Files.writeString(dir.resolve("checkpoint"), note);
        return note;
    }

    /** The log, signed by the log key and both witnesses. */
    public static String write(Path dir, List<byte[]> entries) throws IOException {
        return write(dir, entries, LOG, OMBUDSMAN, COURT);
    }

    /** Path of the bundle holding entry {@code index} in a log of {@code size}. */
    public static Path bundleFile(Path dir, long index, long size) {
        long bundle = index / Tile.FULL_WIDTH;
        int width = (int) Math.min(Tile.FULL_WIDTH, size - bundle * Tile.FULL_WIDTH);
        return dir.resolve(TilePaths.entryBundlePath(bundle, width));
    }

    /** Replaces entry {@code index} in its bundle with other bytes. */
    public static void editEntry(Path dir, long index, long size, byte[] replacement) throws Exception {
        Path file = bundleFile(dir, index, size);
        List<byte[]> bundle = new ArrayList<>(EntryBundle.decode(Files.readAllBytes(file)));
        bundle.set((int) (index % Tile.FULL_WIDTH), replacement);
        Files.write(file, EntryBundle.encode(bundle));
    }

    /** Removes entry {@code index} and re-bundles the rest at the same paths (the last bundle comes up short). */
    public static void deleteEntry(Path dir, List<byte[]> entries, int index) throws Exception {
        List<byte[]> rest = new ArrayList<>(entries);
        rest.remove(index);
        int size = entries.size();
        for (int from = index - index % Tile.FULL_WIDTH; from < size; from += Tile.FULL_WIDTH) {
            List<byte[]> bundle = rest.subList(Math.min(from, rest.size()), Math.min(rest.size(), from + Tile.FULL_WIDTH));
            Files.write(bundleFile(dir, from, size), EntryBundle.encode(bundle));
        }
    }

    /** Flips one bit of the byte at {@code offset} in a tile file. */
    public static void flipByte(Path file, int offset) throws IOException {
        byte[] data = Files.readAllBytes(file);
        data[offset] ^= 0x01;
        Files.write(file, data);
    }

    /** Copies a directory tree. */
    public static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    public static byte[] seed(int b) {
        return String.format("%032d", b).getBytes(StandardCharsets.US_ASCII);
    }
}
