package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A work or study programme was created (subject: the programme). */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record ProgrammeCreated(UUID eventId, UUID subjectId, String code, String kind, boolean outside, int capacity, String redencionRule, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_programme", subjectId));
    }
}
