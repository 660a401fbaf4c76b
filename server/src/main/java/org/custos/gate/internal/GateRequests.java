package org.custos.gate.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The bodies of the gate's commands, as the API and the forms give them. */
public final class GateRequests {

    private GateRequests() {
    }

    /** Who is at the gate: kind, full name, identity document, organisation. */
    public record Entrant(String kind, String givenNames, String firstSurname, String secondSurname,
                          String documentType, String documentNumber, String documentCountry, String organisation) {
    }

    /**
     * An entry. Either {@code visitedBooking} (the booking number of the person visited) or
     * {@code area}; {@code enteredAt} defaults to now; {@code visitId} links an approved visit.
     */
    public record Entry(String facilityCode, String gate, Entrant person, String purpose, String visitedBooking,
                        String area, String authorizedBy, OffsetDateTime enteredAt, UUID visitId) {
    }

    public record Exit(OffsetDateTime exitedAt, String note) {
    }

    public record Correction(String field, String newValue, String reason) {
    }

    public record Visit(String facilityCode, Entrant person, String purpose, String visitedBooking, String area,
                        OffsetDateTime scheduledAt) {
    }

    public record Approval(String note) {
    }

    public record Outcome(String outcome, String note) {
    }

    /** Cameras or recorders went offline; a blank {@code area} means the whole facility. */
    public record Outage(String facilityCode, String area, String device, String reason, OffsetDateTime offlineSince) {
    }

    public record Restore(OffsetDateTime onlineSince, String note) {
    }
}
