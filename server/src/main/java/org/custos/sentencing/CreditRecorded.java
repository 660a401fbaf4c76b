package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** Work or study was recorded as a credit (pending the judge's approval, or already approved). */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CreditRecorded(UUID eventId, UUID subjectId, UUID creditId, String kind, LocalDate activityDate, Integer days, Integer hours, String status, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    /** The credit's revisions and the day it holds ({@code credit_day}). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("credit_rev", "credit_id", creditId),
                new WrittenRows("credit_day", "credit_id", creditId));
    }
}
