package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** Cameras or recorders of a facility (an area, or all of it when {@code area} is null) went offline; {@code subjectId} is the outage. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record SurveillanceWentOffline(UUID eventId, UUID subjectId, String area, String device, String reason, OffsetDateTime offlineSince, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The outage. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("surveillance_outage", subjectId));
    }
}
