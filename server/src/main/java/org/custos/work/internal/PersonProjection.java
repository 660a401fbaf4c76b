package org.custos.work.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.registry.PersonAdmitted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code work_person}: who is held where on what legal basis, kept from the registry's and movements'
 * events (never read from their tables); and the eligibility facts the work module records itself.
 */
@Component
class PersonProjection {

    /** A person as the work module knows them, with the latest recorded eligibility facts. */
    record Person(UUID personId, String bookingNumber, String facilityCode, String legalStatus, boolean held,
                  LocalDate convictedOn, Boolean medicalFit, boolean consent, String securityLevel, String regimePhase,
                  boolean gangMember) {
    }

    private static final String UPSERT = """
            insert into work_person(person_id, booking_number, facility_code, legal_status, held, convicted_on, updated_at)
            values (?, ?, ?, ?, true, ?, ?)
            on conflict (person_id) do update set booking_number = excluded.booking_number,
              facility_code = excluded.facility_code, legal_status = excluded.legal_status, held = true,
              updated_at = excluded.updated_at""";
    private static final String SELECT = """
            select p.person_id, p.booking_number, p.facility_code, p.legal_status, p.held, p.convicted_on,
                   f.medical_fit, coalesce(f.consent, false) consent, f.security_level, f.regime_phase,
                   coalesce(f.gang_member, false) gang_member
            from work_person p
            left join lateral (select * from work_profile_rev r where r.person_id = p.person_id
                               order by r.recorded_at desc limit 1) f on true
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WorkSettings settings;

    PersonProjection(JdbcClient jdbc, JdbcTemplate template, WorkSettings settings) {
        this.jdbc = jdbc;
        this.template = template;
        this.settings = settings;
    }

    void admitted(List<PersonAdmitted> events) {
        if (events.isEmpty()) return;
        OffsetDateTime now = settings.now();
        template.batchUpdate(UPSERT, events, 1_000, (ps, e) -> {
            ps.setObject(1, e.subjectId());
            ps.setString(2, e.bookingNumber());
            ps.setString(3, e.facilityCode());
            ps.setString(4, e.legalStatus() == null ? null : e.legalStatus().name());
            ps.setObject(5, e.legalStatus() != null && e.legalStatus().name().equals("CONVICTED")
                    ? settings.dateOf(e.occurredAt()) : null);
            ps.setObject(6, now);
        });
    }

    void legalStatus(UUID personId, String status, OffsetDateTime at) {
        LocalDate on = settings.dateOf(at);
        jdbc.sql("""
                update work_person set legal_status = :s, updated_at = :at,
                  convicted_on = case when :s = 'CONVICTED' then coalesce(convicted_on, :on) else convicted_on end
                where person_id = :p""")
                .param("s", status).param("at", settings.now()).param("on", on).param("p", personId).update();
    }

    void released(UUID personId) {
        jdbc.sql("update work_person set held = false, updated_at = :at where person_id = :p")
                .param("at", settings.now()).param("p", personId).update();
    }

    void transferred(UUID personId, String facility) {
        jdbc.sql("update work_person set facility_code = :f, updated_at = :at where person_id = :p")
                .param("f", facility).param("at", settings.now()).param("p", personId).update();
    }

    Optional<Person> find(UUID personId) {
        return jdbc.sql(SELECT + " where p.person_id = :p").param("p", personId).query(Person.class).optional();
    }

    Optional<Person> byBooking(String booking) {
        return jdbc.sql(SELECT + " where p.booking_number = :b").param("b", booking).query(Person.class).optional();
    }
}
