package org.custos.agreements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A custody agreement with another state was recorded, with its first version (subject: the agreement). */
@LedgerOnly("Agreements are kept by the agreements module alone; persons are admitted through the registry, which"
        + " publishes its own events")
public record AgreementRecorded(UUID eventId, UUID subjectId, UUID versionId, String code, String sendingState,
                                int places, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public String facilityCode() {
        return null;
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("agreement", subjectId), WrittenRows.row("agreement_version", versionId),
                new WrittenRows("agreement_facility", "version_id", versionId));
    }
}
