package org.custos.sentencing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The supervising judge's approval of a credit was recorded, with its constancia. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CreditApproved(UUID eventId, UUID subjectId, UUID creditId, String document, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    /** The credit's revisions, the approval among them. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("credit_rev", "credit_id", creditId));
    }
}
