package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** Work or study was recorded as a credit (pending the judge's approval, or already approved). */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CreditRecorded(UUID eventId, UUID subjectId, UUID creditId, String kind, LocalDate activityDate, Integer days, Integer hours, String status, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
