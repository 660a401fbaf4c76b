package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A session's (or a team's) output and rejects of a workshop were recorded (subject: the programme). */
@LedgerOnly("Work programme records are kept by the work module alone")
public record ProductionRecorded(UUID eventId, UUID subjectId, UUID productionId, LocalDate sessionDate, String team,
                                 int quantity, int rejects, String facilityCode, String actor,
                                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_production", productionId));
    }
}
