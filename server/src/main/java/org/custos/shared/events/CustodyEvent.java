package org.custos.shared.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A past-tense fact about custody ({@code PersonAdmitted}, {@code LegalStatusChanged}, ...). Published
 * inside the transaction that made it; {@link OutboxWriter} keeps it in {@code event_outbox} in that
 * same transaction.
 */
public interface CustodyEvent {

    UUID eventId();

    /** The person (or other subject) the event is about. */
    UUID subjectId();

    /** The facility where it happened, or null for national records. */
    String facilityCode();

    /** Username of who did it. */
    String actor();

    OffsetDateTime occurredAt();

    default String eventType() {
        return getClass().getSimpleName();
    }

    /**
     * The rows this event created or changed (every table that holds custody data): the ledger commits to their
     * complete content in the event's entry (format {@code custos-ledger-record/v2}, docs/ledger-entry-format.md).
     * Not part of the event's JSON payload.
     * <p>The rule: the ledger reads the named rows <em>just before the event's transaction commits</em>, so the
     * commitment is the rows as the transaction leaves them, whether the publisher wrote them before or after
     * publishing, and including what listeners of the event wrote in that transaction (name those rows here too,
     * e.g. the person row a facility change updates). Every row of a covered table that a transaction creates or
     * changes must be named by one of its events, or the record audit reports it ({@code row-altered},
     * {@code row-without-entry}). Naming a table no module declares covered ({@code ledger.RecordCoverage}) fails
     * the transaction.
     */
    default List<WrittenRows> writtenRows() {
        return List.of();
    }
}
