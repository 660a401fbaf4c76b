package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.FacilityChange;

/** A person arrived at another facility on a transfer; their facility is now {@code facilityCode}
 * (the registry, housing and sentencing follow it as a {@link FacilityChange}). */
public record PersonTransferred(UUID eventId, UUID subjectId, UUID transferId, String fromFacility, OffsetDateTime arrivedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements FacilityChange {
}
