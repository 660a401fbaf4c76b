package org.custos.shared.events;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes every {@link CustodyEvent} to the outbox, synchronously, inside the publisher's transaction. */
@Component
class OutboxWriter {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
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
}
