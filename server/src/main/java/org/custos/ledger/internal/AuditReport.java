package org.custos.ledger.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The result of one self-check of the ledger; {@code findings} names every discrepancy (first 1,000). */
public record AuditReport(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, long treeSize, long entries,
                   boolean ok, long findingCount, List<Finding> findings) {

    /**
     * One discrepancy: its kind, the entry index and event it concerns (when known), and what was seen; for the
     * record audit also the table, the record's key and the field (null otherwise, left out of the JSON).
     */
    public record Finding(String kind, Long entryIndex, UUID eventId, String detail, String table, String recordKey,
                   String field) {
    }
}
