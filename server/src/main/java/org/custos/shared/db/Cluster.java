package org.custos.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The steps that make a PostgreSQL data directory Custos's: created, password-protected, its role and database. */
final class Cluster {

    static final String HBA = """
            # Written by Custos at every start: passwords only (scram-sha-256), on the private socket and on
            # loopback only. Edits are overwritten; see docs/security.md.
            local  all  all                scram-sha-256
            host   all  all  127.0.0.1/32  scram-sha-256
            """;

    private Cluster() {
    }

    /** Runs {@code initdb} when the directory holds no cluster yet; nothing listens while it runs. */
    static void initialise(Path bin, Path data, OsUser user) throws IOException {
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Exec.output(user.command(List.of(bin.resolve("bin/initdb").toString(), "-D", data.toString(),
                    "-U", "postgres", "-E", "UTF-8", "-A", "reject", "--no-instructions")));
        }
    }

    /**
     * Sets the superuser's password in single-user mode (no connection possible meanwhile). Also how a cluster
     * created by an earlier version, which trusted every local connection, gets one.
     */
    static void setSuperuserPassword(Path bin, Path data, OsUser user, String password) throws IOException {
        Exec.run(user.command(List.of(bin.resolve("bin/postgres").toString(), "--single", "-D", data.toString(),
                "-c", "password_encryption=scram-sha-256", "postgres")),
                "alter role postgres password '" + password + "';\n");
    }

    /**
     * Writes {@code pg-hba.conf} next to the cluster, owned by this process's user, so that the database server
     * cannot rewrite it; the cluster's own {@code pg_hba.conf} (trusting everyone in an earlier version) is unused.
     */
    static Path writeHba(Path dataDir, Path data) throws IOException {
        Path hba = dataDir.resolve("pg-hba.conf");
        Files.writeString(hba, HBA);
        Files.setPosixFilePermissions(hba, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(data.resolve("pg_hba.conf"), "# Not used: the server reads " + hba + " (hba_file).\n");
        return hba;
    }

    /** The application's role (login, no superuser) and the database and schema it owns. */
    static void ensureAppRole(PostgresServer server, DatabaseSecrets secrets) throws SQLException {
        String role = EmbeddedDatabase.APP_ROLE;
        try (Connection c = server.connect("postgres", "postgres", secrets.superuser());
             Statement s = c.createStatement()) {
            if (!s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'").next()) {
                s.execute("create role " + role);
            }
            s.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                    + " password '" + secrets.app() + "'");
            if (!s.executeQuery("select 1 from pg_database where datname = '" + EmbeddedDatabase.DATABASE + "'")
                    .next()) {
                s.execute("create database " + EmbeddedDatabase.DATABASE + " owner " + role);
            }
            s.execute("revoke all on database " + EmbeddedDatabase.DATABASE + " from public");
        }
        try (Connection c = server.connect(EmbeddedDatabase.DATABASE, "postgres", secrets.superuser());
             Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + role);
        }
    }
}
