package org.custos.oversight.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.PersonAdmitted;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Oversight's own view of the persons held (from the registry's and movements' events): their facility and
 * admission time, which makes the medical examination due within 24 h of admission.
 */
@Component
class People {

    record Person(UUID id, String bookingNumber, String facilityCode, OffsetDateTime admittedAt, boolean held) {
    }

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void admitted(List<PersonAdmitted> admitted) {
        if (admitted.isEmpty()) return;
        int n = admitted.size();
        UUID[] ids = new UUID[n];
        String[] bookings = new String[n];
        String[] facilities = new String[n];
        String[] at = new String[n];
        for (int i = 0; i < n; i++) {
            PersonAdmitted a = admitted.get(i);
            ids[i] = a.subjectId();
            bookings[i] = a.bookingNumber();
            facilities[i] = a.facilityCode();
            at[i] = a.occurredAt().toString();
        }
        jdbc.sql("""
                insert into oversight_person(person_id, booking_number, facility_code, admitted_at, held)
                select p, b, f, t, true from unnest(:ids::uuid[], :bs::text[], :fs::text[], :ts::timestamptz[]) as r(p, b, f, t)
                on conflict (person_id) do update set booking_number = excluded.booking_number,
                  facility_code = excluded.facility_code, admitted_at = excluded.admitted_at, held = true""")
                .param("ids", ids).param("bs", bookings).param("fs", facilities).param("ts", at).update();
    }

    void released(UUID personId) {
        jdbc.sql("update oversight_person set held = false where person_id = :p").param("p", personId).update();
    }

    void transferred(UUID personId, String facilityCode) {
        jdbc.sql("update oversight_person set facility_code = :f where person_id = :p").param("p", personId)
                .param("f", facilityCode).update();
    }

    Optional<Person> find(UUID personId) {
        if (personId == null) return Optional.empty();
        return jdbc.sql("select person_id, booking_number, facility_code, admitted_at, held from oversight_person"
                + " where person_id = :p").param("p", personId).query(Positional.of(Person.class)).optional();
    }

    /** A person held (for a record about them): unknown or released is a field error, another facility 404. */
    Person held(UUID personId, CurrentUser caller, String field) {
        Person p = find(personId).filter(Person::held).orElseThrow(() -> ProblemException.invalid(Scopes.INVALID,
                FieldProblem.of(field, personId == null ? "oversight.PERSON_REQUIRED" : "oversight.PERSON_UNKNOWN")));
        Scopes.require(caller, p.facilityCode());
        return p;
    }
}
