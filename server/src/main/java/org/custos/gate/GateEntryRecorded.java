package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person who is not a prisoner entered a facility; {@code subjectId} is the gate entry. The full name and document are in the entry, so the ledger commits to them. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record GateEntryRecorded(UUID eventId, UUID subjectId, String kind, String fullName, String documentType, String documentNumber,
                                String documentCountry, String organisation, String purpose, UUID visitedPersonId,
                                String area, String authorizedBy, String gate, OffsetDateTime enteredAt,
                                boolean surveillanceOffline, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The entry. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("gate_entry", subjectId));
    }
}
