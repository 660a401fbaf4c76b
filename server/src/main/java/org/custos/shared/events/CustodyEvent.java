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
     * complete content in the event's entry. Not part of the event's JSON payload.
     */
    default List<WrittenRows> writtenRows() {
        return List.of();
    }
}
