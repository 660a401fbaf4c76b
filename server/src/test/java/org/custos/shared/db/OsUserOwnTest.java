package org.custos.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Started as root, the server hands PostgreSQL's directories to the unprivileged user: every entry of the tree, also
 * when the top already belongs to it and a file inside does not (a root tool wrote it, or an earlier release's data
 * was moved in half-owned).
 */
class OsUserOwnTest {

    @TempDir
    Path dir;

    @Test
    void everyEntryNotOwnedByThePostgresUserIsHandedOverNotOnlyTheTop() throws IOException {
        assumeTrue(OsUser.self() == 0, "only root switches PostgreSQL to another user");
        OsUser nobody = OsUser.forPostgres("nobody");
        Path data = Files.createDirectories(dir.resolve("pg/base/1"));
        Files.writeString(data.resolve("1259"), "heap");
        Files.writeString(dir.resolve("pg/PG_VERSION"), "15");
        for (Path p : List.of(dir.resolve("pg"), dir.resolve("pg/base"))) {
            Files.setAttribute(p, "unix:uid", (int) nobody.uid(), LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(p, "unix:gid", (int) nobody.gid(), LinkOption.NOFOLLOW_LINKS);
        }
        assertThat(OsUser.uid(data.resolve("1259"))).isZero(); // written by root, inside a tree nobody owns

        nobody.own(dir.resolve("pg"));

        try (Stream<Path> all = Files.walk(dir.resolve("pg"))) {
            assertThat(all.filter(p -> {
                try {
                    return OsUser.uid(p) != nobody.uid()
                            || ((Number) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue() != nobody.gid();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).isEmpty();
        }
    }
}
