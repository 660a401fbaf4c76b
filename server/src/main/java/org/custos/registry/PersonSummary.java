package org.custos.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A line of a search result. {@code facilityCode} and {@code admittedAt} are those of the current
 * admission, or of the last one for a released person ({@code held} false).
 */
public record PersonSummary(UUID personId, String bookingNumber, String givenNames, String firstSurname,
                            String secondSurname, Sex sex, LocalDate dateOfBirth, String nationality,
                            LegalStatusKind legalStatus, String heldForState, String facilityCode, boolean held,
                            OffsetDateTime admittedAt) {
}
