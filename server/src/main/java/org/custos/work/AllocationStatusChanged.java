package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** An allocation's status changed (suspended, resumed, ended with a reason). */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record AllocationStatusChanged(UUID eventId, UUID subjectId, UUID allocationId, String fromStatus, String toStatus, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_allocation", allocationId),
                new WrittenRows("work_allocation_status", "allocation_id", allocationId));
    }
}
