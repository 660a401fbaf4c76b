package org.custos.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded PostgreSQL server, or nothing when an external database is configured. Its layout under the
 * data directory: {@code pg/} (PostgreSQL's own data, owned by the user it runs as), {@code pg-socket/} (its
 * Unix socket, private to that user), {@code pg-hba.conf} (password authentication only, not writable by the
 * server), {@code db-passwords.properties} (mode 600) and {@code postgres.log}. The application signs in as
 * {@value #APP_ROLE}, which owns database {@value #DATABASE} and its schema and is not a superuser.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String APP_ROLE = "custos";
    static final String DATABASE = "custos";

    private final PostgresServer server;
    private final DatabaseSecrets secrets;
    private final FileLock lock;

    private EmbeddedDatabase(PostgresServer server, DatabaseSecrets secrets, FileLock lock) {
        this.server = server;
        this.secrets = secrets;
        this.lock = lock;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null, null, null);
    }

    /** Starts (and at first start creates) the database under {@code dataDir}. */
    static EmbeddedDatabase start(Path dataDir, Path binariesRoot, String runAs, boolean clean,
                                  Map<String, String> config, Duration wait) throws IOException {
        Files.createDirectories(dataDir);
        FileLock lock = lock(dataDir);
        OsUser user = OsUser.forPostgres(runAs);
        user.reach(dataDir);
        Path bin = PostgresBinaries.unpack(binariesRoot);
        user.reach(binariesRoot);
        Path data = dataDir.resolve("pg");
        Path socket = dataDir.resolve("pg-socket");
        if (clean) {
            Exec.output(List.of("rm", "-rf", "--", data.toString()));
            Files.deleteIfExists(dataDir.resolve(DatabaseSecrets.FILE));
        }
        for (Path dir : new Path[] {data, socket}) {
            Files.createDirectories(dir);
            user.own(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        PostgresServer.stopOrphan(bin, data, user);
        Cluster.initialise(bin, data, user);
        DatabaseSecrets secrets = DatabaseSecrets.load(dataDir);
        if (secrets.fresh()) {
            Cluster.setSuperuserPassword(bin, data, user, secrets.superuser());
        }
        Path hba = Cluster.writeHba(dataDir, data);
        Map<String, String> settings = new LinkedHashMap<>(config);
        settings.putAll(Map.of("listen_addresses", "127.0.0.1", "unix_socket_directories", socket.toString(),
                "unix_socket_permissions", "0700", "hba_file", hba.toString(),
                "password_encryption", "scram-sha-256"));
        PostgresServer server = PostgresServer.start(bin, data, user, settings, dataDir.resolve("postgres.log"),
                secrets.superuser(), wait);
        try {
            Cluster.ensureAppRole(server, secrets);
            secrets.keep(dataDir);
        } catch (Exception e) {
            server.close();
            throw new IOException("could not prepare the application's role and database", e);
        }
        return new EmbeddedDatabase(server, secrets, lock);
    }

    public boolean running() {
        return server != null;
    }

    String jdbcUrl() {
        return server.url(DATABASE);
    }

    String appUser() {
        return APP_ROLE;
    }

    String appPassword() {
        return secrets.app();
    }

    int port() {
        return server.port();
    }

    /**
     * A connection as the PostgreSQL superuser to the application's database: only for tests that play an
     * attacker who edits tables behind the server's back. The application itself never uses it.
     */
    public DataSource superuser() {
        if (server == null) {
            throw new IllegalStateException("no embedded database: an external one is configured");
        }
        return new DriverManagerDataSource(server.url(DATABASE), "postgres", secrets.superuser());
    }

    private static FileLock lock(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve("pg.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another Custos server is using the data directory " + dataDir);
        }
        return lock;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            try {
                server.close();
            } finally {
                lock.channel().close();
            }
        }
    }
}
