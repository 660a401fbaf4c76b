package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.WrittenRows;

/** A field of a person's record was corrected: what, from what, to what, why and by whom. */
public record RecordCorrected(UUID eventId, UUID subjectId, UUID correctionId, String field, String oldValue,
                              String newValue, String reason, String facilityCode, String actor,
                              OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("person", subjectId), WrittenRows.row("correction", correctionId));
    }
}
