package org.custos.work;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A bonus for a month's work in a programme was awarded to a person, with its reason. */
@LedgerOnly("Work programme records are kept by the work module alone")
public record PayBonusAwarded(UUID eventId, UUID subjectId, UUID bonusId, UUID programmeId, String month, String amount,
                              String reason, String facilityCode, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_pay_bonus", bonusId));
    }
}
