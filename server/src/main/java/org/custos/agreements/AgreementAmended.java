package org.custos.agreements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** An agreement was amended: a new version with all its terms, the reason and the author (subject: the agreement). */
@LedgerOnly("Agreements are kept by the agreements module alone")
public record AgreementAmended(UUID eventId, UUID subjectId, UUID versionId, int version, String reason, int places,
                               String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public String facilityCode() {
        return null;
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("agreement_version", versionId),
                new WrittenRows("agreement_facility", "version_id", versionId));
    }
}
