package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A correction appended to gate entry {@code subjectId}: the field, its new value, why. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record GateRecordCorrected(UUID eventId, UUID subjectId, UUID correctionId, String field, String newValue, String reason, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The correction (the entry itself is never updated). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("gate_correction", correctionId));
    }
}
