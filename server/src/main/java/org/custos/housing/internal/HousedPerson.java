package org.custos.housing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code housing_person}: what housing knows of a person. */
public record HousedPerson(UUID personId, String bookingNumber, String facilityCode, String legalStatus, String sex,
                    LocalDate dateOfBirth, boolean held, String classification, UUID cellId, OffsetDateTime outSince,
                    String outReason) {

    static final String COLUMNS = "hp.person_id, hp.booking_number, hp.facility_code, hp.legal_status, hp.sex,"
            + " hp.date_of_birth, hp.held, hp.classification, hp.cell_id, hp.out_since, hp.out_reason";

    static HousedPerson map(ResultSet rs, int n) throws SQLException {
        return new HousedPerson(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7), rs.getString(8),
                rs.getObject(9, UUID.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11));
    }

    Separation.Profile profile(LocalDate today) {
        Boolean minor = dateOfBirth == null ? null : dateOfBirth.plusYears(18).isAfter(today);
        return new Separation.Profile(sex, minor, legalStatus, classification);
    }
}
