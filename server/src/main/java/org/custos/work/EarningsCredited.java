package org.custos.work;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A month's earnings in a programme were credited to the person's account, each deduction with it. */
@LedgerOnly("Work programme records are kept by the work module alone")
public record EarningsCredited(UUID eventId, UUID subjectId, UUID statementId, UUID programmeId, String month,
                               String gross, String deductions, String net, String facilityCode, String actor,
                               OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_pay_statement", statementId),
                new WrittenRows("work_account_entry", "statement_id", statementId));
    }
}
