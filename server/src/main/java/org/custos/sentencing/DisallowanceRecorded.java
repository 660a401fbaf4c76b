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

/** Good conduct time was disallowed by a disciplinary decision: the release date moves later. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record DisallowanceRecorded(UUID eventId, UUID subjectId, UUID disallowanceId, UUID sentenceId, LocalDate date,
                                   Integer days, String reason, String document, String facilityCode, String actor,
                                   OffsetDateTime occurredAt) implements CustodyEvent {

    /** The disallowance's revisions. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("disallowance_rev", "disallowance_id", disallowanceId));
    }
}
