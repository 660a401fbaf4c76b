package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** A person came back from an escort. */
@LedgerOnly("The person's facility does not change; movements tells housing through Whereabouts in the same transaction")
public record EscortReturned(UUID eventId, UUID subjectId, UUID escortId, OffsetDateTime returnedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {
}
