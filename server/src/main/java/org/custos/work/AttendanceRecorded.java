package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** One session of one allocation was recorded (a roster's records are published together as one batch). */
public record AttendanceRecorded(UUID eventId, UUID subjectId, UUID recordId, UUID allocationId, LocalDate sessionDate, String outcome, String hours, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
