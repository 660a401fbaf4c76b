package org.custos.movements.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies of the movement commands. */
public final class MovementRequests {

    private MovementRequests() {
    }

    /** The family notification is required: no transfer without it (Mandela Rule 68). */
    public record Transfer(UUID personId, String toFacility, String reason, String authorizedBy,
                    FamilyNotification familyNotification) {
    }

    public record FamilyNotification(String notifiedPerson, String means, OffsetDateTime notifiedAt) {
    }

    public record Escort(UUID personId, String purpose, String destination, String authorizedBy, List<String> escortStaff,
                  OffsetDateTime departedAt) {
    }

    /** Why a pending transfer is cancelled. */
    public record Cancellation(String reason) {
    }

    /** A departure, arrival or return time (now when omitted). */
    public record At(OffsetDateTime at) {
    }
}
