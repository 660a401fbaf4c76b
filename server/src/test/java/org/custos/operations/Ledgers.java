package org.custos.operations;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the operations tests ask the ledger's tables, read-only. */
final class Ledgers {

    private Ledgers() {
    }

    /** Every entry has its leaf index and the latest checkpoint covers the whole tree. */
    static boolean caughtUp(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) from ledger_entry where leaf_index is null) = 0
                   and (select max(tree_size) from ledger_checkpoint) = (select size from ledger_tree)""")
                .query(Boolean.class).single();
    }
}
