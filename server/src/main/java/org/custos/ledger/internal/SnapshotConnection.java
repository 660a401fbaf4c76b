package org.custos.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A second connection of the audit that reads the very snapshot of the audit's transaction
 * ({@code pg_export_snapshot()} there, {@code SET TRANSACTION SNAPSHOT} here): a read-only repeatable-read
 * transaction, rolled back at the end, so that two parts of the audit run at once and still see one state.
 */
final class SnapshotConnection {

    private SnapshotConnection() {
    }

    /** Runs {@code work} in a transaction that sees {@code snapshot}, with a template bound to it. */
    static <T> T run(DataSource dataSource, String snapshot, Function<JdbcTemplate, T> work) {
        if (!snapshot.matches("[0-9A-F-]+")) {
            throw new IllegalArgumentException("not a snapshot identifier");
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("set transaction isolation level repeatable read, read only");
                    s.execute("set transaction snapshot '" + snapshot + "'");
                }
                JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(c, true));
                template.setFetchSize(2000);
                return work.apply(template);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit's second connection failed", e);
        }
    }
}
