package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The approval of a credit was revoked by a dated judicial decision. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CreditRevoked(UUID eventId, UUID subjectId, UUID creditId, LocalDate revocationDate, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    /** The credit's revisions, the revocation among them. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("credit_rev", "credit_id", creditId));
    }
}
