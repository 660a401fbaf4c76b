package org.custos.shared.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A custody event exactly as {@link OutboxWriter} stored it in {@code event_outbox}: {@code occurredAt} truncated
 * to the microsecond PostgreSQL keeps, {@code payloadJson} the JSON text stored as the jsonb payload;
 * {@code writtenRows} the rows the event names ({@link CustodyEvent#writtenRows()}), which the ledger reads at commit.
 */
public record OutboxRow(UUID eventId, String eventType, UUID subjectId, String facilityCode, String actor,
                        OffsetDateTime occurredAt, String payloadJson, List<WrittenRows> writtenRows) {

    public OutboxRow {
        writtenRows = List.copyOf(writtenRows);
    }
}
