package org.custos.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** The embedded PostgreSQL server, or nothing when an external database is configured. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedDatabase of(EmbeddedPostgres server) {
        return new EmbeddedDatabase(server);
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null);
    }

    public boolean running() {
        return server != null;
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
