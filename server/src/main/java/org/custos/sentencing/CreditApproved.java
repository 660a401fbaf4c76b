package org.custos.sentencing;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** The supervising judge's approval of a credit was recorded, with its constancia. */
public record CreditApproved(UUID eventId, UUID subjectId, UUID creditId, String document, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
