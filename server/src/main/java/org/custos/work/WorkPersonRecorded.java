package org.custos.work;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * A person the work module did not know yet (admitted before it kept its projection) was recorded in it from the
 * registry's summary, when first asked for: their facility, legal status and whether they are held.
 */
@LedgerOnly("Work programme records are kept by the work module alone")
public record WorkPersonRecorded(UUID eventId, UUID subjectId, String legalStatus, boolean held, String facilityCode,
                                 String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("work_person", "person_id", subjectId));
    }
}
