package org.custos.oversight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers of a facility, read-only, newest first (the latest 200 of each): regime days, readings,
 * segregations, restraints, disciplinary cases, complaints (confidential ones only for a monitor), allegations
 * (only for a monitor), medical examinations, deaths, visits. Staff out of the facility's scope get 404.
 */
@Service
public class RegisterQueries {

    static final int LIMIT = 200;

    public record RegimeLine(UUID id, String unitCode, LocalDate day, int revision, int persons, int minutesOutOfCell,
                             int outdoorMinutes, boolean meaningfulContact, int exceptions, String recordedBy) {
    }

    public record ReadingLine(UUID id, String cellCode, OffsetDateTime measuredAt, BigDecimal celsius,
                              BigDecimal humidity, String source) {
    }

    public record SegregationLine(UUID id, String bookingNumber, String kind, String ground, OffsetDateTime startedAt,
                                  OffsetDateTime plannedEnd, OffsetDateTime endedAt, int healthVisits) {
    }

    public record RestraintLine(UUID id, String bookingNumber, String ground, String type, OffsetDateTime startedAt,
                                OffsetDateTime endedAt, String authorizedBy) {
    }

    public record DisciplineLine(UUID id, String bookingNumber, String offenceCode, OffsetDateTime hearingAt,
                                 String sanctionCode, Integer sanctionDays, String decidedBy) {
    }

    public record ComplaintLine(UUID id, String bookingNumber, String kind, String subject, boolean confidential,
                                OffsetDateTime lodgedAt, LocalDate deadline, OffsetDateTime answeredAt) {
    }

    public record AllegationLine(UUID id, String bookingNumber, OffsetDateTime receivedAt, String referredTo,
                                 OffsetDateTime referredAt) {
    }

    public record DeathLine(UUID id, String bookingNumber, OffsetDateTime diedAt, String place,
                            OffsetDateTime kinInformedAt, String authority, OffsetDateTime authorityInformedAt) {
    }

    public record VisitLine(UUID id, LocalDate visitedOn, String monitor, String body, String places, String findings) {
    }

    public record Registers(String facilityCode, List<RegimeLine> regime, List<ReadingLine> readings,
                            List<SegregationLine> segregations, List<RestraintLine> restraints,
                            List<DisciplineLine> discipline, List<ComplaintLine> complaints,
                            List<AllegationLine> allegations, List<DeathLine> deaths, List<VisitLine> visits,
                            long held) {
    }

    private static final String BOOKING = "coalesce((select booking_number from oversight_person p where p.person_id = x.person_id), '')";
    private final JdbcClient jdbc;
    private final FacilityDirectory facilities;

    RegisterQueries(JdbcClient jdbc, FacilityDirectory facilities) {
        this.jdbc = jdbc;
        this.facilities = facilities;
    }

    private <R extends Record> List<R> list(String sql, String facility, Class<R> type) {
        return jdbc.sql(sql + " limit " + LIMIT).param("f", facility).query(Positional.of(type)).list();
    }

    /** The facility exists and is in the caller's scope (404 otherwise), for the pages of its forms. */
    public void require(String facility, CurrentUser caller) {
        facilities.find(facility).orElseThrow(Scopes::notFound);
        Scopes.require(caller, facility);
    }

    /** A person held at the facility by booking number (as staff and monitors know them), if any. */
    public java.util.Optional<UUID> heldBy(String facility, String bookingNumber) {
        if (Scopes.blank(bookingNumber)) return java.util.Optional.empty();
        return jdbc.sql("""
                select person_id from oversight_person where facility_code = :f and held and upper(booking_number) = upper(:b)""")
                .param("f", facility).param("b", bookingNumber.trim()).query(UUID.class).optional();
    }

    /** Booking numbers of the persons named by findings or registers, by person id. */
    public java.util.Map<UUID, String> bookings(java.util.Collection<UUID> persons) {
        if (persons.isEmpty()) return java.util.Map.of();
        java.util.Map<UUID, String> out = new java.util.HashMap<>();
        jdbc.sql("select person_id, booking_number from oversight_person where person_id = any(:ids)")
                .param("ids", persons.toArray(UUID[]::new))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return out;
    }

    @Transactional(readOnly = true)
    public Registers of(String facility, CurrentUser caller) {
        facilities.find(facility).orElseThrow(Scopes::notFound);
        Scopes.require(caller, facility);
        boolean monitor = Scopes.readsConfidential(caller);
        return new Registers(facility,
                list("""
                        select d.id, d.unit_code, d.day, d.revision, d.persons, d.minutes_out_of_cell, d.outdoor_minutes,
                          d.meaningful_contact, (select count(*)::int from oversight_regime_exception e where e.regime_id = d.id),
                          d.recorded_by from oversight_regime_day d where d.facility_code = :f
                        order by d.day desc, d.unit_code, d.revision desc""", facility, RegimeLine.class),
                list("""
                        select id, cell_code, measured_at, celsius, humidity, source from oversight_reading
                        where facility_code = :f order by measured_at desc""", facility, ReadingLine.class),
                list("select x.id, " + BOOKING + """
                        , x.kind, x.ground, x.started_at, x.planned_end,
                          (select at from oversight_segregation_event e where e.segregation_id = x.id and e.kind = 'END'),
                          (select count(*)::int from oversight_segregation_event e where e.segregation_id = x.id and e.kind = 'HEALTH_VISIT')
                        from oversight_segregation x where x.facility_code = :f order by x.started_at desc""", facility,
                        SegregationLine.class),
                list("select x.id, " + BOOKING + """
                        , x.ground, x.type, x.started_at,
                          coalesce(x.ended_at, (select ended_at from oversight_restraint_end e where e.restraint_id = x.id)),
                          x.authorized_by from oversight_restraint x where x.facility_code = :f order by x.started_at desc""",
                        facility, RestraintLine.class),
                list("select x.id, " + BOOKING + """
                        , x.offence_code, x.hearing_at, x.sanction_code, x.sanction_days, x.decided_by
                        from oversight_discipline x where x.facility_code = :f order by x.hearing_at desc""", facility,
                        DisciplineLine.class),
                list("select x.id, " + BOOKING + """
                        , x.kind, x.subject, x.confidential, x.lodged_at, x.deadline,
                          (select answered_at from oversight_complaint_answer a where a.complaint_id = x.id)
                        from oversight_complaint x where x.facility_code = :f""" + (monitor ? "" : " and not x.confidential")
                        + " order by x.lodged_at desc", facility, ComplaintLine.class),
                monitor ? list("select x.id, " + BOOKING + """
                        , x.received_at, x.referred_to, x.referred_at from oversight_allegation x
                        where x.facility_code = :f order by x.received_at desc""", facility, AllegationLine.class) : List.of(),
                list("select x.id, " + BOOKING + """
                        , x.died_at, x.place, x.kin_informed_at, x.authority, x.authority_informed_at
                        from oversight_death x where x.facility_code = :f order by x.died_at desc""", facility,
                        DeathLine.class),
                list("""
                        select id, visited_on, monitor, body, places, findings from oversight_visit where facility_code = :f
                        order by visited_on desc""", facility, VisitLine.class),
                jdbc.sql("select count(*) from oversight_person where facility_code = :f and held").param("f", facility)
                        .query(Long.class).single());
    }
}
