package org.custos.support;

import javax.sql.DataSource;
import org.custos.shared.db.EmbeddedDatabase;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A PostgreSQL superuser on the test's own embedded database, for tests that play an attacker who edits
 * tables behind the server's back (triggers off). The application never has these rights. Refuses to run
 * on an external database: such tests must not break a database others share (add
 * {@code custos.db.url=""} to the test's dynamic properties to get an embedded one).
 */
public final class Superuser {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    private Superuser(DataSource superuser) {
        this.jdbc = JdbcClient.create(superuser);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(superuser));
    }

    public static Superuser of(ApplicationContext context) {
        EmbeddedDatabase db = context.getBean(EmbeddedDatabase.class);
        if (!db.running()) {
            throw new IllegalStateException("a tamper test needs its own embedded database, not an external one");
        }
        return new Superuser(db.superuser());
    }

    /** Runs several statements in one transaction with triggers off, as an attacker with superuser rights would. */
    public void inOneTransaction(java.util.function.Consumer<JdbcClient> statements) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            statements.accept(jdbc);
        });
    }

    /** Runs one statement with triggers off ({@code session_replication_role = replica}). */
    public void execute(String sql, Object... params) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).params(params).update();
        });
    }
}
