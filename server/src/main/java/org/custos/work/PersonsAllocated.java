package org.custos.work;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * Many persons were allocated to a programme at once (its first intake: the demo's seed), each allocation with its
 * first status (subject: the programme); at most {@code 1,000} allocations per event. A single allocation is
 * {@link PersonAllocated}.
 */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record PersonsAllocated(UUID eventId, UUID subjectId, List<UUID> allocationIds, String status,
                               String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    public PersonsAllocated {
        allocationIds = List.copyOf(allocationIds);
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return allocationIds.stream().flatMap(id -> java.util.stream.Stream.of(WrittenRows.row("work_allocation", id),
                new WrittenRows("work_allocation_status", "allocation_id", id))).toList();
    }
}
