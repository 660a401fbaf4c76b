package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * A transfer of person {@code subjectId} to {@code toFacility} was authorized, with the family notified (Mandela
 * Rule 68); {@code facilityCode} is the sending one. The person has not left yet.
 */
@LedgerOnly("Nothing moved yet: the person stays where they are until the departure, so no module that keeps where"
        + " a person is needs it")
public record TransferAuthorized(UUID eventId, UUID subjectId, UUID transferId, String toFacility, String reason,
                                 String authorizedBy, String facilityCode, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {

    /** The transfer, with its authorization and the family's notification. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("transfer", transferId));
    }
}
