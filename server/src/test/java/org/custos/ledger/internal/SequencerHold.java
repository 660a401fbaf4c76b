package org.custos.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Holds the sequencer's advisory lock on a connection of its own, so that entries committed meanwhile stay
 * unsequenced (no leaf index, no receipt) until {@link #close()}: a test sees the pending state for certain
 * instead of by luck.
 */
public final class SequencerHold implements AutoCloseable {

    private final Connection connection;

    private SequencerHold(Connection connection) {
        this.connection = connection;
    }

    public static SequencerHold take(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + Sequencer.LOCK + ")");
        }
        return new SequencerHold(c);
    }

    @Override
    public void close() throws SQLException {
        try (connection; Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_unlock(" + Sequencer.LOCK + ")");
        }
    }
}
