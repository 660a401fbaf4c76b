package org.custos.shared.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL postmaster on a data directory, run from the unpacked binaries as {@link OsUser}: listening on
 * 127.0.0.1 only, its socket in a private directory, password authentication only. The postmaster is
 * a child of a dedicated thread of this process and gets SIGINT (fast shutdown) when that thread dies, so it does
 * not outlive a killed server; a postmaster left running anyway by a dead server is stopped at the next start.
 */
final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private final Path bin;
    private final Path data;
    private final OsUser user;
    private final int port;
    private final Process process;

    private PostgresServer(Path bin, Path data, OsUser user, int port, Process process) {
        this.bin = bin;
        this.data = data;
        this.user = user;
        this.port = port;
        this.process = process;
    }

    /** Starts the postmaster and returns once the superuser can sign in with its password. */
    static PostgresServer start(Path bin, Path data, OsUser user, Map<String, String> config, Path logFile,
                                String superuserPassword, Duration wait) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(bin.resolve("bin/postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port)));
        config.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
        ProcessBuilder builder = new ProcessBuilder(user.command(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        CompletableFuture<Process> started = new CompletableFuture<>();
        // the postmaster's parent-death signal fires when the thread that started it ends: a thread of its own
        Thread.ofPlatform().name("embedded-postgres").daemon(true).start(() -> {
            try {
                Process p = builder.start();
                started.complete(p);
                log.info("Embedded PostgreSQL (pid {}) exited with {}", p.pid(), p.waitFor());
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PostgresServer server = new PostgresServer(bin, data, user, port, started.join());
        server.awaitReady(superuserPassword, wait, logFile);
        return server;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Connection connect(String database, String role, String password) throws SQLException {
        return DriverManager.getConnection(url(database), role, password);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void awaitReady(String password, Duration wait, Path logFile) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("PostgreSQL exited with " + process.exitValue() + "; see " + logFile);
            }
            try (Connection c = connect("postgres", "postgres", password)) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        throw new IOException("PostgreSQL did not accept connections within " + wait + "; see " + logFile, last);
    }

    /** Stops a postmaster that a server no longer alive left running on {@code data} (its pid file names it). */
    static void stopOrphan(Path bin, Path data, OsUser user) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        var orphan = ProcessHandle.of(pid).filter(h -> h.info().command().orElse("").endsWith("postgres"));
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself replaces it
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by a server that is no longer alive", pid, data);
        try {
            pgCtlStop(bin, data, user);
        } catch (IOException e) {
            log.warn("pg_ctl stop failed ({}); killing pid {}", e.getMessage(), pid);
        }
        if (orphan.get().isAlive()) {
            orphan.get().destroyForcibly();
            orphan.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    private static void pgCtlStop(Path bin, Path data, OsUser user) throws IOException {
        Exec.output(user.command(List.of(bin.resolve("bin/pg_ctl").toString(), "stop", "-D", data.toString(),
                "-m", "fast", "-w", "-t", "60")));
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            pgCtlStop(bin, data, user);
        }
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
