package org.custos.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonSummary;
import org.custos.registry.Sex;

/** A row of {@code person}: identity and the denormalized current state. */
record PersonRow(UUID id, String bookingNumber, String givenNames, String firstSurname, String secondSurname,
                 Sex sex, LocalDate dateOfBirth, String nationality, LegalStatusKind legalStatus,
                 String heldForState, String facilityCode, boolean held, UUID currentAdmissionId,
                 OffsetDateTime admittedAt) {

    static final String COLUMNS = "p.id, p.booking_number, p.given_names, p.first_surname, p.second_surname, p.sex, "
            + "p.date_of_birth, p.nationality, p.legal_status, p.held_for_state, p.facility_code, p.held, "
            + "p.current_admission_id, p.admitted_at";

    static PersonRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PersonRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Sex.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getString(8),
                LegalStatusKind.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getObject(13, UUID.class), rs.getObject(14, OffsetDateTime.class));
    }

    PersonSummary summary() {
        return new PersonSummary(id, bookingNumber, givenNames, firstSurname, secondSurname, sex, dateOfBirth,
                nationality, legalStatus, heldForState, facilityCode, held, admittedAt);
    }
}
