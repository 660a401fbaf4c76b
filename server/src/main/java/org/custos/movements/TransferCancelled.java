package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A pending transfer was cancelled before the person left, with the reason; {@code facilityCode} is the sending one. */
@LedgerOnly("Nothing moved: the person stays where they are, so no module that keeps where a person is needs it")
public record TransferCancelled(UUID eventId, UUID subjectId, UUID transferId, UUID cancellationId, String toFacility,
                                String reason, String facilityCode, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("transfer_cancellation", cancellationId), WrittenRows.row("transfer", transferId));
    }
}
