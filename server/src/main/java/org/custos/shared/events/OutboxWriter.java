package org.custos.shared.events;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every {@link CustodyEvent} to the outbox, synchronously, inside the publisher's transaction;
 * a {@link CustodyEventBatch} with one JDBC batch insert.
 */
@Component
class OutboxWriter {

    private static final String INSERT = """
            insert into event_outbox(event_id, event_type, subject_id, facility_code, actor, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    OutboxWriter(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEvent event) {
        jdbc.sql("""
                insert into event_outbox(event_id, event_type, subject_id, facility_code, actor, occurred_at, payload)
                values (:id, :type, :subject, :facility, :actor, :at, cast(:payload as jsonb))""")
                .param("id", event.eventId())
                .param("type", event.eventType())
                .param("subject", event.subjectId())
                .param("facility", event.facilityCode())
                .param("actor", event.actor())
                .param("at", event.occurredAt())
                .param("payload", json.writeValueAsString(event))
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        List<CustodyEvent> events = batch.events();
        if (events.isEmpty()) {
            return;
        }
        template.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                CustodyEvent e = events.get(i);
                ps.setObject(1, e.eventId());
                ps.setString(2, e.eventType());
                ps.setObject(3, e.subjectId());
                ps.setString(4, e.facilityCode());
                ps.setString(5, e.actor());
                ps.setObject(6, e.occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(7, json.writeValueAsString(e));
            }

            @Override
            public int getBatchSize() {
                return events.size();
            }
        });
    }
}
