package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person left under escort (court hearing, hospital); they are out, not missing. */
@LedgerOnly("The person's facility does not change; movements tells housing through Whereabouts in the same transaction")
public record EscortDeparted(UUID eventId, UUID subjectId, UUID escortId, String purpose, String destination, String authorizedBy, OffsetDateTime departedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {

    /** The escort. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("escort", escortId));
    }
}
