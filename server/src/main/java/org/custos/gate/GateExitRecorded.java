package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The person of gate entry {@code subjectId} left the facility. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record GateExitRecorded(UUID eventId, UUID subjectId, OffsetDateTime exitedAt, boolean surveillanceOffline, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The exit. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("gate_exit", "entry_id", subjectId));
    }
}
