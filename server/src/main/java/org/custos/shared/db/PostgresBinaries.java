package org.custos.shared.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries (from the {@code io.zonky.test.postgres} artifacts), unpacked into a directory that
 * only this process's user can write: owned by it, not writable by group or others, checked again at every
 * start. Another local user can therefore not swap the {@code postgres} binary that the server executes.
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = Set.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private PostgresBinaries() {
    }

    /** The unpacked installation under {@code root} (its {@code bin/postgres} is the server). */
    static Path unpack(Path root) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), arch())) {
            archive = in.readAllBytes();
        }
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = root.resolve("postgres-" + HexFormat.of().formatHex(sha256(archive), 0, 8));
        if (!Files.exists(dir)) {
            Path unpacking = Files.createTempDirectory(root, "unpacking-");
            extract(archive, unpacking);
            Files.setPosixFilePermissions(unpacking, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(unpacking, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) { // another server unpacked the same binaries meanwhile
                delete(unpacking);
            }
        }
        checkPrivate(dir);
        return dir;
    }

    /** Refuses a directory (or anything in it) that is not owned by this user or is writable by others. */
    static void checkPrivate(Path dir) throws IOException {
        long self = OsUser.self();
        try (Stream<Path> all = Stream.concat(Stream.of(dir.getParent()), Files.walk(dir))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                boolean link = Files.isSymbolicLink(p);
                if (OsUser.uid(p) != self || !link && Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)
                        .stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
                    throw new IllegalStateException("PostgreSQL binaries not private to this user: " + p);
                }
            }
        }
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("archive entry outside its directory: " + e.getName());
                }
                Files.createDirectories(e.isDirectory() ? target : target.getParent());
                if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else if (e.isFile()) {
                    Files.copy(tar, target);
                    boolean executable = (e.getMode() & 0100) != 0 || e.getName().matches("(\\./)?bin/.*");
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                            executable ? "rwxr-xr-x" : "rw-r--r--"));
                } else if (!e.isDirectory()) {
                    throw new IOException("unexpected archive entry: " + e.getName());
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(into)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static String os() {
        return System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
