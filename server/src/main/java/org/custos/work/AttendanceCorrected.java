package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** An attendance record was corrected: the new revision, why, and the second person after the edit window. */
public record AttendanceCorrected(UUID eventId, UUID subjectId, UUID recordId, int revision, String outcome, String hours, String reason, String secondPerson, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
