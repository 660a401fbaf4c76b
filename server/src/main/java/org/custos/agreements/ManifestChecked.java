package org.custos.agreements;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * A flight manifest was checked against an agreement, person by person (subject: the manifest): the manifest row
 * and every individual decision it recorded. The accepted persons were admitted through the registry in the same
 * transaction, which published their own {@code PersonAdmitted} events.
 */
@LedgerOnly("The decisions are kept by the agreements module alone; the admissions are the registry's, with its own"
        + " events")
public record ManifestChecked(UUID eventId, UUID subjectId, UUID agreementId, String flight, String facilityCode,
                              int accepted, int refused, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("intake_manifest", subjectId),
                new WrittenRows("intake_decision", "manifest_id", subjectId));
    }
}
