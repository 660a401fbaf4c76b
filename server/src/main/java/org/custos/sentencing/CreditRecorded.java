package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** Work or study was recorded as a credit (pending the judge's approval, or already approved). */
public record CreditRecorded(UUID eventId, UUID subjectId, UUID creditId, String kind, LocalDate activityDate, Integer days, Integer hours, String status, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
