package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A unit was counted; {@code discrepancy} is counted minus expected present (0 when it agrees). */
public record HeadcountRecorded(UUID eventId, UUID subjectId, UUID headcountId, String facilityCode, int counted,
                               int placed, int outOnMovement, int discrepancy, String actor,
                               OffsetDateTime occurredAt) implements CustodyEvent {
}
