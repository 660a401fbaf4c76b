package org.custos.shared.db;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The operating-system user the embedded PostgreSQL runs as: this process's own user, or, when this process
 * runs as root, an unprivileged one ({@code nobody} by default), switched to with {@code setpriv}. Either way
 * the postmaster gets a parent-death signal, so it shuts down (fast) when this process dies, even by SIGKILL.
 */
record OsUser(String name, long uid, long gid, boolean switched) {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    /** The user to run PostgreSQL as, given the name to use when this process is root. */
    static OsUser forPostgres(String unprivilegedName) throws IOException {
        UnixSystem self = new UnixSystem();
        if (self.getUid() != 0) {
            return new OsUser(self.getUsername(), self.getUid(), self.getGid(), false);
        }
        String[] passwd = Exec.output(List.of("getent", "passwd", unprivilegedName)).strip().split(":");
        if (passwd.length < 4 || Long.parseLong(passwd[2]) == 0) {
            throw new IllegalStateException("no unprivileged user " + unprivilegedName + " to run PostgreSQL as");
        }
        if (!Files.isExecutable(SETPRIV)) {
            throw new IllegalStateException("running as root needs " + SETPRIV + " (util-linux) to start PostgreSQL as "
                    + unprivilegedName);
        }
        return new OsUser(unprivilegedName, Long.parseLong(passwd[2]), Long.parseLong(passwd[3]), true);
    }

    /** The command line that runs {@code command} as this user, killed with SIGINT when its parent thread dies. */
    List<String> command(List<String> command) {
        List<String> out = new ArrayList<>();
        if (switched) {
            out.addAll(List.of(SETPRIV.toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups",
                    "--pdeathsig=SIGINT", "--"));
        } else if (Files.isExecutable(SETPRIV)) {
            out.addAll(List.of(SETPRIV.toString(), "--pdeathsig=SIGINT", "--"));
        }
        out.addAll(command);
        return out;
    }

    /**
     * Makes this user the owner of {@code dir} and of everything under it that it does not own yet (a directory
     * left by an earlier version that ran PostgreSQL as root, or a file a root tool wrote into a tree this user
     * owns): every entry is checked, not only the top, since PostgreSQL refuses to start on a file it cannot write.
     */
    void own(Path dir) throws IOException {
        if (!switched) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (uid(p) != uid || gid(p) != gid) {
                    Files.setAttribute(p, "unix:uid", (int) uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(p, "unix:gid", (int) gid, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static long gid(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    /**
     * Lets this user reach {@code dir} (not list it): adds search permission for others to {@code dir}, and
     * refuses when a parent directory keeps it out, naming that directory.
     */
    void reach(Path dir) throws IOException {
        if (!switched) {
            return;
        }
        Set<PosixFilePermission> mode = new HashSet<>(Files.getPosixFilePermissions(dir));
        if (mode.add(PosixFilePermission.OTHERS_EXECUTE)) {
            Files.setPosixFilePermissions(dir, mode);
        }
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL runs as " + name + ", which cannot reach " + dir + " because of "
                        + p + ": choose a data directory (CUSTOS_DATA_DIR) elsewhere, or allow search (chmod o+x) on it");
            }
        }
    }

    static long uid(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    static long self() {
        return new UnixSystem().getUid();
    }
}
