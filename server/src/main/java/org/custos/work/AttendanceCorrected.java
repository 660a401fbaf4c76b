package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** An attendance record was corrected: the new revision, why, and the second person after the edit window. */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record AttendanceCorrected(UUID eventId, UUID subjectId, UUID recordId, int revision, String outcome, String hours, String reason, String secondPerson, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_attendance", recordId),
                new WrittenRows("work_attendance_rev", "record_id", recordId));
    }
}
