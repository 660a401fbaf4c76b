package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person left a facility on a transfer. */
@LedgerOnly("The person's facility does not change; movements tells housing through Whereabouts in the same transaction")
public record TransferDeparted(UUID eventId, UUID subjectId, UUID transferId, String toFacility, OffsetDateTime departedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {

    /** The transfer (its departure time). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("transfer", transferId));
    }
}
