package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** One session of one allocation was recorded (a roster's records are published together as one batch). */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record AttendanceRecorded(UUID eventId, UUID subjectId, UUID recordId, UUID allocationId, LocalDate sessionDate, String outcome, String hours, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_attendance", recordId),
                new WrittenRows("work_attendance_rev", "record_id", recordId));
    }
}
