package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A workshop's production target (an order) was set from a day on: so many units a month or a session. */
@LedgerOnly("Work programme records are kept by the work module alone")
public record ProductionTargetSet(UUID eventId, UUID subjectId, UUID targetId, String product, String unit, String per,
                                  int quantity, LocalDate validFrom, String facilityCode, String actor,
                                  OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_production_target", targetId));
    }
}
