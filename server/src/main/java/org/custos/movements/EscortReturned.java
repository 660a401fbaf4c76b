package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person came back from an escort. */
@LedgerOnly("The person's facility does not change; movements tells housing through Whereabouts in the same transaction")
public record EscortReturned(UUID eventId, UUID subjectId, UUID escortId, OffsetDateTime returnedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {

    /** The escort (its return time and who recorded it). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("escort", escortId));
    }
}
