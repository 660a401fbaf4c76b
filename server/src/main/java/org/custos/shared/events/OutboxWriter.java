package org.custos.shared.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every {@link CustodyEvent} to the outbox, synchronously, inside the publisher's transaction; a
 * {@link CustodyEventBatch} with one statement (arrays unnested in the database: one round trip, one parse,
 * whatever the batch size). Then publishes {@link OutboxRowsWritten} with what it stored.
 */
@Component
class OutboxWriter {

    private static final String INSERT_ONE = """
            insert into event_outbox(event_id, event_type, subject_id, facility_code, actor, occurred_at, payload)
            values (?, ?, ?, ?, ?, cast(? as timestamptz), cast(? as jsonb))""";
    private static final String INSERT = """
            insert into event_outbox(event_id, event_type, subject_id, facility_code, actor, occurred_at, payload)
            select id, type, subject, facility, actor, at, payload::jsonb
            from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])
                 with ordinality as r(id, type, subject, facility, actor, at, payload, n)
            order by n""";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;

    OutboxWriter(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEvent event) {
        write(List.of(event));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        write(batch.events());
    }

    private void write(List<CustodyEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        List<OutboxRow> rows = events.stream().map(this::row).toList();
        UUID[] ids = new UUID[n];
        UUID[] subjects = new UUID[n];
        String[] types = new String[n];
        String[] facilities = new String[n];
        String[] actors = new String[n];
        String[] times = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            OutboxRow r = rows.get(i);
            ids[i] = r.eventId();
            types[i] = r.eventType();
            subjects[i] = r.subjectId();
            facilities[i] = r.facilityCode();
            actors[i] = r.actor();
            times[i] = r.occurredAt() == null ? null : TIME.format(r.occurredAt());
            payloads[i] = r.payloadJson();
        }
        if (n == 1) { // a plain insert is cheaper to plan and run than unnesting arrays of one
            jdbc.sql(INSERT_ONE).params(ids[0], types[0], subjects[0], facilities[0], actors[0], times[0], payloads[0])
                    .update();
        } else {
            jdbc.sql(INSERT).params(ids, types, subjects, facilities, actors, times, payloads).update();
        }
        publisher.publishEvent(new OutboxRowsWritten(rows));
    }

    private OutboxRow row(CustodyEvent e) {
        OffsetDateTime at = e.occurredAt() == null ? null : e.occurredAt().truncatedTo(ChronoUnit.MICROS);
        return new OutboxRow(e.eventId(), e.eventType(), e.subjectId(), e.facilityCode(), e.actor(), at,
                json.writeValueAsString(e), e.writtenRows());
    }
}
