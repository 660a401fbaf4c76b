package org.custos.cli.witness;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.witness.TreeHead;
import org.custos.tlog.witness.WitnessState;

/**
 * A witness's durable memory: one file per log origin ({@code <sha256(origin)>.head}: origin, size, root), replaced
 * atomically (temp file, fsync, rename, fsync of the directory). Compare-and-set runs under one lock, so two
 * requests cannot both advance from the same size; a smaller size is never written. The directory is locked
 * against a second witness process.
 */
public final class FileWitnessState implements WitnessState, Closeable {
    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, TreeHead> heads = new HashMap<>();

    public FileWitnessState(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            acquired = null;
        }
        if (acquired == null) {
            lockChannel.close();
            throw new IOException("state directory " + dir + " is in use by another witness");
        }
        this.lock = acquired;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.head")) {
            for (Path file : files) {
                load(file);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized Optional<TreeHead> latest(String origin) {
        return Optional.ofNullable(heads.get(origin));
    }

    /** A copy of every recorded head, by origin. */
    public synchronized Map<String, TreeHead> all() {
        return Map.copyOf(heads);
    }

    @Override
    public synchronized boolean compareAndSet(String origin, TreeHead expected, TreeHead next) {
        TreeHead current = heads.get(origin);
        if (!Objects.equals(current, expected) || (current != null && next.size() < current.size())) {
            return false;
        }
        try {
            write(origin, next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist witness state for " + origin, e);
        }
        heads.put(origin, next);
        return true;
    }

    /** Kept next to the head as {@code <sha256(origin)>.cosigned}, only while {@code head} is still the latest. */
    @Override
    public synchronized void recordCosigned(String origin, TreeHead head, String cosignedNote) {
        if (!head.equals(heads.get(origin))) {
            return;
        }
        try {
            write(cosignedFile(origin), cosignedNote.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist the cosigned checkpoint of " + origin, e);
        }
    }

    @Override
    public synchronized Optional<String> cosigned(String origin) {
        Path file = dir.resolve(cosignedFile(origin));
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    private void write(String origin, TreeHead head) throws IOException {
        write(fileName(origin), (origin + "\n" + head.size() + "\n" + head.root().toBase64() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] data) throws IOException {
        Path target = dir.resolve(name);
        Path temp = dir.resolve(name + ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    private void load(Path file) throws IOException {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        try {
            if (lines.length != 4 || !lines[3].isEmpty() || !file.getFileName().toString().equals(fileName(lines[0]))) {
                throw new TlogFormatException("expected origin, size and root lines");
            }
            heads.put(lines[0], new TreeHead(Checkpoint.parseSize(lines[1]), Hash.fromBase64(lines[2])));
        } catch (TlogFormatException e) {
            throw new IOException("corrupt witness state " + file + ": " + e.getMessage(), e);
        }
    }

    private static String cosignedFile(String origin) {
        return fileName(origin).replace(".head", ".cosigned");
    }

    static String fileName(String origin) {
        MessageDigest sha = Rfc6962.newDigest();
        return HexFormat.of().formatHex(sha.digest(origin.getBytes(StandardCharsets.UTF_8))) + ".head";
    }
}
