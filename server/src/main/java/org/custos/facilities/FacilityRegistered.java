package org.custos.facilities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A place of detention was registered; {@code facilityCode} is its code (no person is its subject). */
@LedgerOnly("Other modules read facilities through FacilityDirectory; none keeps a copy of them")
public record FacilityRegistered(UUID eventId, String name, String type, String department, String facilityCode,
                                 String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public UUID subjectId() {
        return null;
    }

    /** The facility row. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("facility", "code", facilityCode));
    }
}
