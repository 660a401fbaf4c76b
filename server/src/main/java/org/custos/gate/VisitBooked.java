package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A visit was booked for a date and time; {@code subjectId} is the visit. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record VisitBooked(UUID eventId, UUID subjectId, String kind, String fullName, UUID visitedPersonId, String area,
                          OffsetDateTime scheduledAt, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The visit. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("scheduled_visit", subjectId));
    }
}
