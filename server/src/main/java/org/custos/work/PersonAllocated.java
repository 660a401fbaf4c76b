package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person was allocated to a programme; {@code creditBasis} says whether the work can earn redención now. */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record PersonAllocated(UUID eventId, UUID subjectId, UUID allocationId, UUID programmeId, String status, String creditBasis, String policy, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_allocation", allocationId),
                new WrittenRows("work_allocation_status", "allocation_id", allocationId));
    }
}
