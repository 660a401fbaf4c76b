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

/** Days in custody were credited to a sentence. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CustodyIntervalRecorded(UUID eventId, UUID subjectId, UUID intervalId, UUID sentenceId, LocalDate from, LocalDate to, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    /** The interval's revisions. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("custody_interval_rev", "interval_id", intervalId));
    }
}
