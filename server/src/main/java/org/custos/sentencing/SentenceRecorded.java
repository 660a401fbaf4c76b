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

/** A sentence was recorded for a person. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record SentenceRecorded(UUID eventId, UUID subjectId, UUID sentenceId, String jurisdiction, int termYears, int termMonths, int termDays, LocalDate startDate, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    /** The sentence's revisions. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("sentence_rev", "sentence_id", sentenceId));
    }
}
