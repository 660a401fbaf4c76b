package org.custos.ledger.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.custos.ledger.SelfAudits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link SelfAudits}: the latest row of {@code ledger_audit}. */
@Component
class SelfAuditSummaries implements SelfAudits {

    private final JdbcClient jdbc;

    SelfAuditSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Summary> latest() {
        return jdbc.sql("""
                select id, started_at, finished_at, tree_size, entries, ok, jsonb_array_length(findings)
                from ledger_audit order by id desc limit 1""")
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getLong(4), rs.getLong(5), rs.getBoolean(6),
                        rs.getInt(7))).optional();
    }
}
