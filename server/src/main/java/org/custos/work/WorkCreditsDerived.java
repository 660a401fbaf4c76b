package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** Days of labor efectiva were derived from attendance for a person, pending the judge's certification. */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record WorkCreditsDerived(UUID eventId, UUID subjectId, UUID programmeId, String month, int days, String basis, List<UUID> creditIds, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return creditIds.stream().map(id -> WrittenRows.row("work_credit", id)).toList();
    }
}
