package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** A person's release dates were computed again (a record changed, or the rules did). */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record ReleaseDatesRecomputed(UUID eventId, UUID subjectId, LocalDate release, LocalDate previousRelease, String ruleSetVersion, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
