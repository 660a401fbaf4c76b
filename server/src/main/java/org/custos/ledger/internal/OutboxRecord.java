package org.custos.ledger.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A custody record as stored in {@code event_outbox}: what a ledger entry commits to. */
record OutboxRecord(UUID eventId, String eventType, UUID subjectId, String facilityCode, String actor,
                    OffsetDateTime occurredAt, String payloadJson) {

    static final String COLUMNS = "event_id, event_type, subject_id, facility_code, actor, occurred_at, payload::text";

    static OutboxRecord of(org.custos.shared.events.OutboxRow r) {
        return new OutboxRecord(r.eventId(), r.eventType(), r.subjectId(), r.facilityCode(), r.actor(), r.occurredAt(),
                r.payloadJson());
    }

    static OutboxRecord read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new OutboxRecord(rs.getObject(first, UUID.class), rs.getString(first + 1),
                rs.getObject(first + 2, UUID.class), rs.getString(first + 3), rs.getString(first + 4),
                rs.getObject(first + 5, OffsetDateTime.class), rs.getString(first + 6));
    }
}
