package org.custos.ledger.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.ledger.RecordCoverage.CoveredTable;
import org.custos.ledger.RecordsBaselined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the first start that covers a table (the upgrade to content v2, or a module's new table), commits every
 * existing row of it that no entry commits to, once: {@link RecordsBaselined} events of 1,000 key values each, one
 * transaction per event; then marks the table in {@code ledger_baseline}. After that the audit of an upgraded
 * database is clean, and a row without an entry is a finding.
 */
@Component
class Baseline {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(Baseline.class);
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Coverage coverage;
    private final Clock clock;

    Baseline(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Coverage coverage, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.coverage = coverage;
        this.clock = clock;
    }

    void run() {
        for (CoveredTable table : coverage.tables().values()) {
            boolean done = jdbc.sql("select exists (select 1 from ledger_baseline where table_name = ?)")
                    .param(table.table()).query(Boolean.class).single();
            if (done) {
                continue;
            }
            String column = table.key().get(0);
            // keyset pages: each chunk starts after the last key of the one before, so the table is read once
            String unbaselined = "select distinct t." + column + "::text from " + table.table() + " t"
                    + " where t." + column + "::text > ? and not exists (select 1 from ledger_row r"
                    + " where r.table_name = '" + table.table() + "' and r.row_key = " + Coverage.keyExpression(table)
                    + ") order by 1 limit " + CHUNK;
            long rows = 0;
            String after = "";
            while (true) {
                String from = after;
                List<String> values = tx.execute(s -> {
                    List<String> page = jdbc.sql(unbaselined).param(from).query(String.class).list();
                    if (!page.isEmpty()) {
                        events.publishEvent(new RecordsBaselined(UUID.randomUUID(), table.table(), column, page,
                                "custos-upgrade", OffsetDateTime.now(clock)));
                    }
                    return page;
                });
                rows += values.size();
                if (values.size() < CHUNK) {
                    break;
                }
                after = values.get(values.size() - 1);
            }
            jdbc.sql("insert into ledger_baseline (table_name, baselined_at) values (?, ?) on conflict do nothing")
                    .params(table.table(), OffsetDateTime.now(clock)).update();
            if (rows > 0) {
                log.info("Ledger: committed {} existing key values of {} (baseline, content v2)", rows, table.table());
            }
        }
    }
}
