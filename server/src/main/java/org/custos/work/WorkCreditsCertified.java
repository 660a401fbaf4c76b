package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The supervising judge's decision on a person's work credits of a month was recorded. */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record WorkCreditsCertified(UUID eventId, UUID subjectId, UUID certificationId, String month, String decision, int days, String constancia, String documentSha256, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_certification", certificationId),
                new WrittenRows("work_credit", "decision_id", certificationId));
    }
}
