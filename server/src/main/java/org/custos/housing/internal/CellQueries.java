package org.custos.housing.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cell's occupants and overrides, a person's placement history, a cell's capacity history. */
@Service
public class CellQueries {

    private final JdbcClient jdbc;

    CellQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Occupant(UUID personId, String bookingNumber, String legalStatus, String sex, String classification,
                    OffsetDateTime since, OffsetDateTime outSince, String outReason) {
    }

    public record Override(UUID personId, String bookingNumber, UUID cellId, String cellCode, String facilityCode, String rule,
                    String reason, OffsetDateTime at, String by) {
    }

    public record Violation(UUID cellId, String cellCode, String facilityCode, String kind, int populationAfter, int bunks,
                     int standards, String reason, OffsetDateTime at, String by) {
    }

    public record Discrepancy(UUID unitId, String unitCode, String facilityCode, OffsetDateTime at, int counted, int placed,
                       int out, int discrepancy, String by) {
    }

    public record PlacementEntry(UUID id, UUID cellId, String cellCode, String facilityCode, OffsetDateTime from,
                          OffsetDateTime to, String placedBy, String reason) {
    }

    public record Version(int version, java.math.BigDecimal floorArea, int bunks, int toilets, int showers, boolean inService,
                   int declaredCapacity, String reason, OffsetDateTime at, String by) {
    }

    @Transactional(readOnly = true)
    public Optional<CellRow> cell(UUID id) {
        return jdbc.sql("select " + CellRow.COLUMNS + " from cell c where id = :id").param("id", id)
                .query(CellRow::map).optional();
    }

    @Transactional(readOnly = true)
    public List<Occupant> occupants(UUID cellId) {
        return jdbc.sql("""
                select hp.person_id, hp.booking_number, hp.legal_status, hp.sex, hp.classification, p.started_at,
                    hp.out_since, hp.out_reason
                from housing_person hp join placement p on p.person_id = hp.person_id and p.ended_at is null
                where hp.cell_id = :c order by p.started_at, hp.booking_number""").param("c", cellId)
                .query((rs, n) -> new Occupant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8))).list();
    }

    @Transactional(readOnly = true)
    public List<Override> overrides(UUID cellId, CurrentUser caller, int limit) {
        return jdbc.sql("""
                select o.person_id, hp.booking_number, o.cell_id, c.code, o.facility_code, o.rule, o.reason,
                    o.overridden_at, o.overridden_by
                from separation_override o join cell c on c.id = o.cell_id
                left join housing_person hp on hp.person_id = o.person_id
                where (cast(:cell as uuid) is null or o.cell_id = :cell)
                  and (:national or o.facility_code in (:scope))
                order by o.overridden_at desc limit :limit""")
                .param("cell", cellId).param("national", caller.national()).param("scope", scope(caller))
                .param("limit", limit)
                .query((rs, n) -> new Override(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9))).list();
    }

    @Transactional(readOnly = true)
    public List<Violation> violations(CurrentUser caller, int limit) {
        return jdbc.sql("""
                select v.cell_id, c.code, v.facility_code, v.kind, v.population_after, v.bunks, v.standards, v.reason,
                    v.recorded_at, v.recorded_by
                from capacity_violation v join cell c on c.id = v.cell_id
                where (:national or v.facility_code in (:scope)) order by v.recorded_at desc limit :limit""")
                .param("national", caller.national()).param("scope", scope(caller)).param("limit", limit)
                .query((rs, n) -> new Violation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10))).list();
    }

    @Transactional(readOnly = true)
    public List<Discrepancy> discrepancies(CurrentUser caller, int limit) {
        return jdbc.sql("""
                select h.unit_id, u.code, h.facility_code, h.counted_at, h.counted, h.placed, h.out_on_movement,
                    h.discrepancy, h.counted_by
                from headcount h join housing_unit u on u.id = h.unit_id
                where h.discrepancy <> 0 and (:national or h.facility_code in (:scope))
                  and not exists (select 1 from headcount later where later.unit_id = h.unit_id
                                  and later.counted_at > h.counted_at and later.discrepancy = 0)
                order by h.counted_at desc limit :limit""")
                .param("national", caller.national()).param("scope", scope(caller)).param("limit", limit)
                .query((rs, n) -> new Discrepancy(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getString(9))).list();
    }

    @Transactional(readOnly = true)
    public List<PlacementEntry> history(UUID personId) {
        return jdbc.sql("""
                select p.id, p.cell_id, c.code, p.facility_code, p.started_at, p.ended_at, p.placed_by, p.reason
                from placement p join cell c on c.id = p.cell_id where p.person_id = :p order by p.started_at, p.id""")
                .param("p", personId)
                .query((rs, n) -> new PlacementEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8))).list();
    }

    /** A placement into a cell, for the cell's history: who, from when to when, by whom and why. */
    public record CellStay(UUID personId, String bookingNumber, OffsetDateTime from, OffsetDateTime to, String placedBy,
                           String reason, String endedBy) {
    }

    /** The last {@code limit} placements into a cell, newest first (index {@code placement_cell_history}). */
    @Transactional(readOnly = true)
    public List<CellStay> stays(UUID cellId, int limit) {
        return jdbc.sql("""
                select p.person_id, hp.booking_number, p.started_at, p.ended_at, p.placed_by, p.reason, p.ended_by
                from placement p left join housing_person hp on hp.person_id = p.person_id
                where p.cell_id = :c order by p.started_at desc, p.id desc limit :limit""")
                .param("c", cellId).param("limit", limit)
                .query((rs, n) -> new CellStay(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        rs.getString(6), rs.getString(7))).list();
    }

    @Transactional(readOnly = true)
    public List<Version> versions(UUID cellId) {
        return jdbc.sql("""
                select version, floor_area, bunks, toilets, showers, in_service, declared_capacity, reason, changed_at,
                    changed_by from capacity_version where cell_id = :c order by version""").param("c", cellId)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getBoolean(6), rs.getInt(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10))).list();
    }

    record Out(UUID personId, String bookingNumber, String cellCode, OffsetDateTime since, String reason) {
    }

    /** Who of a facility is out now (escort, or transfer departed and not yet arrived), longest out first. */
    @Transactional(readOnly = true)
    public List<Out> outNow(String facility) {
        return jdbc.sql("""
                select hp.person_id, hp.booking_number, c.code, hp.out_since, hp.out_reason
                from housing_person hp left join cell c on c.id = hp.cell_id
                where hp.facility_code = :f and hp.held and hp.out_since is not null
                order by hp.out_since, hp.booking_number""").param("f", facility)
                .query((rs, n) -> new Out(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
    }

    /** A held person's facility, by booking number (for the placement form). */
    @Transactional(readOnly = true)
    public Optional<HousedPerson> byBooking(String booking) {
        return jdbc.sql("select " + HousedPerson.COLUMNS + " from housing_person hp where booking_number = :b")
                .param("b", booking == null ? "" : booking.trim().toUpperCase()).query(HousedPerson::map).optional();
    }

    public Optional<HousedPerson> person(UUID id) {
        return jdbc.sql("select " + HousedPerson.COLUMNS + " from housing_person hp where person_id = :p")
                .param("p", id).query(HousedPerson::map).optional();
    }

    private static List<String> scope(CurrentUser caller) {
        return caller.facilities().isEmpty() ? List.of("") : List.copyOf(caller.facilities());
    }
}
