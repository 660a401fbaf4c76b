package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** Work credits were reversed (an attendance record behind them was corrected), with the reason. */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record WorkCreditsReversed(UUID eventId, UUID subjectId, List<UUID> creditIds, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return creditIds.stream().map(id -> WrittenRows.row("work_credit", id)).toList();
    }
}
