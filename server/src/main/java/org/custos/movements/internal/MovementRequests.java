package org.custos.movements.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies of the movement commands. */
final class MovementRequests {

    private MovementRequests() {
    }

    /** The family notification is required: no transfer without it (Mandela Rule 68). */
    record Transfer(UUID personId, String toFacility, String reason, String authorizedBy,
                    FamilyNotification familyNotification) {
    }

    record FamilyNotification(String notifiedPerson, String means, OffsetDateTime notifiedAt) {
    }

    record Escort(UUID personId, String purpose, String destination, String authorizedBy, List<String> escortStaff,
                  OffsetDateTime departedAt) {
    }

    /** Why a pending transfer is cancelled. */
    record Cancellation(String reason) {
    }

    /** A departure, arrival or return time (now when omitted). */
    record At(OffsetDateTime at) {
    }
}
