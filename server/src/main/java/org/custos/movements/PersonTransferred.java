package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.FacilityChange;
import org.custos.shared.events.WrittenRows;

/** A person arrived at another facility on a transfer; their facility is now {@code facilityCode}
 * (the registry, housing and sentencing follow it as a {@link FacilityChange}). */
public record PersonTransferred(UUID eventId, UUID subjectId, UUID transferId, String fromFacility, OffsetDateTime arrivedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements FacilityChange {

    /** The transfer (its arrival time); the registry names the rows it writes (RowsWritten). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("transfer", transferId));
    }
}
