package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A programme's pay rate (per session and/or per piece, for a band or all) was set from a day on. */
@LedgerOnly("Work programme records are kept by the work module alone")
public record PayRateSet(UUID eventId, UUID subjectId, UUID rateId, String payBand, String perSession, String pieceRate,
                         LocalDate validFrom, String facilityCode, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_pay_rate", rateId));
    }
}
