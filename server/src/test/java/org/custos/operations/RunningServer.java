package org.custos.operations;

import java.nio.file.Path;
import org.custos.CustosApplication;
import org.custos.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole server started on a data directory that outlives it (the embedded database kept, not cleaned),
 * on a random port, as {@code ./custos start} would run it, so a test can stop it, back it up, restore it
 * elsewhere and start it again. Extra arguments are command-line properties ({@code --custos.db.url=...}).
 */
final class RunningServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** On the embedded database in {@code dataDir}, whatever {@code CUSTOS_DB_URL} says. */
    static RunningServer embedded(Path dataDir) {
        searchable(dataDir.getParent());
        return start("--custos.data-dir=" + dataDir, "--custos.db.embedded-clean=false", "--custos.db.url=");
    }

    /**
     * JUnit's temporary directories are private (mode 700); under root the embedded PostgreSQL runs as
     * {@code nobody}, which must be able to pass through them to its data directory.
     */
    static void searchable(Path dir) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> p = java.nio.file.Files.getPosixFilePermissions(dir);
            p.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
            java.nio.file.Files.setPosixFilePermissions(dir, p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RunningServer start(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0"),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        return new RunningServer(new SpringApplicationBuilder(CustosApplication.class, TestUsers.class)
                .profiles("test").run(all));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    TestUsers users() {
        return context.getBean(TestUsers.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
