package org.custos.shared.db;

import com.sun.security.auth.module.UnixSystem;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.custos.support.CustosTest;
import org.custos.support.Postmaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL is not open to other local users: passwords only, loopback only, a private socket,
 * an unprivileged postmaster when the server runs as root, binaries nobody else can replace, and an application
 * role that is not a superuser. Looked at from outside, as another local user would: the postmaster's pid file,
 * /proc, the file system and connection attempts.
 */
@CustosTest
class EmbeddedDatabaseSecurityTest {

    @DynamicPropertySource
    static void ownEmbeddedDatabase(DynamicPropertyRegistry r) {
        r.add("custos.db.url", () -> "");
    }

    @Autowired HikariDataSource pool;
    @Autowired JdbcClient jdbc;
    Postmaster postmaster;

    @BeforeEach
    void findPostmaster() throws IOException {
        postmaster = Postmaster.listeningOn(pool.getJdbcUrl());
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() {
        for (String role : List.of("postgres", "custos")) {
            assertThatThrownBy(() -> DriverManager.getConnection(postmaster.url(), role, null).close())
                    .as("no password for " + role).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(postmaster.url(), role, "wrong").close())
                    .as("wrong password for " + role).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theApplicationSignsInAsTheSchemaOwnerWithoutSuperuserRights() {
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                .single()).isFalse();
        assertThat(jdbc.sql("select nspowner::regrole::text = current_user from pg_namespace where nspname = 'public'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner <> current_user")
                .query(Long.class).single()).isZero();
    }

    @Test
    void itListensOnLoopbackOnlyWithItsSocketInAPrivateDirectory() throws IOException {
        assertThat(postmaster.listenAddress()).isEqualTo("127.0.0.1");
        Path socketDir = postmaster.socketDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDir))).isEqualTo("rwx------");
        assertThat(Files.getAttribute(socketDir, "unix:uid")).isEqualTo((int) postmaster.uid());
    }

    @Test
    void thePasswordsAreKeptInTheDataDirectoryReadableByTheServerOnly() throws IOException {
        Path file = postmaster.dataDirectory().getParent().resolve("db-passwords.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo((int) new UnixSystem().getUid());
        assertThat(Files.readString(file)).contains("superuser=").contains("app=");
    }

    @Test
    void startedAsRootThePostmasterRunsAsAnUnprivilegedUser() throws IOException {
        assumeTrue(new UnixSystem().getUid() == 0, "the server runs as root here");
        assertThat(postmaster.uid()).isNotZero();
        assertThat(postmaster.uid()).as("nobody").isEqualTo(65534);
    }

    @Test
    void noOtherUserCanReplaceTheBinaries() throws IOException {
        for (Path p = postmaster.executable(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
            boolean sticky = ((Number) Files.getAttribute(p, "unix:mode")).intValue() % 02000 >= 01000;
            boolean othersWrite = mode.contains(PosixFilePermission.GROUP_WRITE)
                    || mode.contains(PosixFilePermission.OTHERS_WRITE);
            assertThat(othersWrite && !sticky).as(p + " " + PosixFilePermissions.toString(mode)).isFalse();
            if (!sticky) {
                assertThat(Files.getAttribute(p, "unix:uid")).as(p.toString()).isEqualTo((int) new UnixSystem().getUid());
            }
        }
    }
}
