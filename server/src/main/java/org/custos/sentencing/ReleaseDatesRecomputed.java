package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A person's release dates were computed again (a record changed, or the rules did). */
public record ReleaseDatesRecomputed(UUID eventId, UUID subjectId, LocalDate release, LocalDate previousRelease, String ruleSetVersion, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
