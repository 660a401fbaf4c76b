package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person's eligibility facts for work were recorded (medical fitness, consent, classification, phase). */
@LedgerOnly("Work programme records are kept by the work module alone; release dates move through the"
        + " sentencing module, which publishes its own events in the same transaction")
public record WorkProfileRecorded(UUID eventId, UUID subjectId, UUID revisionId, Boolean medicalFit, boolean consent, String securityLevel, String regimePhase, boolean gangMember, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("work_profile_rev", revisionId));
    }
}
