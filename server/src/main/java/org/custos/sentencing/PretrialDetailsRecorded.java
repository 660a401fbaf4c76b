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

/** Provisional detention details of an untried person were recorded: they set the provisional-detention limit. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record PretrialDetailsRecorded(UUID eventId, UUID subjectId, LocalDate detentionStart, String classification,
                                      boolean onAppeal, boolean stateOfException, String reason, String facilityCode,
                                      String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The person's provisional-detention revisions. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("pretrial_rev", "person_id", subjectId));
    }
}
