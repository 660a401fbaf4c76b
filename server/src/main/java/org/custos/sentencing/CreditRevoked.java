package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** The approval of a credit was revoked by a dated judicial decision. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record CreditRevoked(UUID eventId, UUID subjectId, UUID creditId, LocalDate revocationDate, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
