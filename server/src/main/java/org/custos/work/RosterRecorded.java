package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * A programme's roster of a session day was recorded as a whole (the demo's month of attendance; subject: the
 * programme): one attendance record and its first revision per allocation, {@code attended} of them attended. One
 * session of one allocation, as the roster page records it, is {@link AttendanceRecorded}.
 */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record RosterRecorded(UUID eventId, UUID subjectId, LocalDate sessionDate, List<UUID> recordIds, int attended,
                             String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    public RosterRecorded {
        recordIds = List.copyOf(recordIds);
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return recordIds.stream().flatMap(id -> java.util.stream.Stream.of(WrittenRows.row("work_attendance", id),
                new WrittenRows("work_attendance_rev", "record_id", id))).toList();
    }
}
