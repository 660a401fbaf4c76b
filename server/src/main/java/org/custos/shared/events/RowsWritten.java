package org.custos.shared.events;

import java.util.List;
import java.util.UUID;

/**
 * Rows a listener wrote in reaction to a custody event, in that event's transaction (the person row and the
 * {@code person_facility_change} a transfer's arrival writes in the registry): the ledger commits to them with the
 * entry of event {@code eventId}, exactly as if the event had named them in {@link CustodyEvent#writtenRows()}.
 * Publish it (synchronously, in the transaction) after writing the rows.
 */
public record RowsWritten(UUID eventId, List<WrittenRows> rows) {

    public RowsWritten {
        java.util.Objects.requireNonNull(eventId, "eventId");
        rows = List.copyOf(rows);
    }
}
