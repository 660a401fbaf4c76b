package org.custos.sentencing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * Many credits of new persons were recorded in one batch without an event each (the demo dataset's approved work
 * days): {@code credits} credits of the persons {@code personIds}. National record (no subject).
 */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CreditsRecordedInBulk(UUID eventId, int credits, List<UUID> personIds, String actor,
                                    OffsetDateTime occurredAt) implements CustodyEvent {

    public CreditsRecordedInBulk {
        personIds = List.copyOf(personIds);
    }

    @Override
    public UUID subjectId() {
        return null;
    }

    @Override
    public String facilityCode() {
        return null;
    }

    /** Every credit revision and credit day of those persons. */
    @Override
    public List<WrittenRows> writtenRows() {
        List<WrittenRows> rows = new ArrayList<>(personIds.size() * 2);
        for (UUID p : personIds) {
            rows.add(new WrittenRows("credit_rev", "person_id", p));
            rows.add(new WrittenRows("credit_day", "person_id", p));
        }
        return rows;
    }
}
