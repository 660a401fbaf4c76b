package org.custos.housing.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.housing.PersonPlaced;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places every unplaced demo person with a few set-based statements per facility (one transaction
 * each). Sex, date of birth and legal status are already in {@code housing_person} (the registry's
 * {@code PersonAdmitted} events carry them). Each separation class (sex, minor or adult, untried /
 * convicted / civil) gets its own run of consecutive cells in proportion to its size
 * ({@link DemoCellShares}); persons fill their class's cells round-robin. The {@link PersonPlaced}
 * events go out as one batch per facility.
 */
@Component
class DemoPlacements {

    /** The separation class of a {@code housing_person} row {@code hp}, as in {@code Separation}. */
    static final String CLASS = "hp.sex || case when hp.date_of_birth > ? then '-MINOR' else '-ADULT' end || case"
            + " when hp.legal_status in ('UNTRIED', 'ADMINISTRATIVE_STATE_OF_EXCEPTION') then '-UNTRIED'"
            + " when hp.legal_status in ('CONVICTED', 'HELD_FOR_ANOTHER_STATE') then '-CONVICTED' else '-CIVIL' end";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoPlacements(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    int placeEveryone() {
        LocalDate adult = LocalDate.now(clock).minusYears(18);
        Map<String, Map<String, Integer>> classes = new LinkedHashMap<>();
        jdbc.query("select hp.facility_code, " + CLASS + ", count(*) from housing_person hp"
                + " where hp.held and hp.cell_id is null group by 1, 2 order by 1, 3 desc, 2", rs -> {
                    classes.computeIfAbsent(rs.getString(1), f -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, adult);
        Map<String, Integer> cells = new LinkedHashMap<>();
        jdbc.query("select facility_code, count(*) from cell where in_service group by 1",
                rs -> { cells.put(rs.getString(1), rs.getInt(2)); });
        int placed = 0;
        for (var f : classes.entrySet()) {
            int n = cells.getOrDefault(f.getKey(), 0);
            if (n > 0) {
                List<DemoCellShares.Share> shares = DemoCellShares.of(f.getValue(), n);
                placed += tx.execute(s -> place(f.getKey(), shares, adult));
            }
        }
        return placed;
    }

    private int place(String facility, List<DemoCellShares.Share> shares, LocalDate adult) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update("""
                create temp table demo_placement on commit drop as
                with share(cls, first_cell, cells) as (select * from unnest(?::text[], ?::int[], ?::int[])),
                person as (select hp.person_id, %s as cls, row_number() over (partition by %s order by hp.booking_number) - 1 as i
                    from housing_person hp where hp.facility_code = ? and hp.held and hp.cell_id is null),
                numbered as (select c.id, c.code, row_number() over (order by c.code) - 1 as k
                    from cell c where c.facility_code = ? and c.in_service)
                select gen_random_uuid() as placement_id, p.person_id, c.id as cell_id, c.code as cell_code
                from person p join share s on s.cls = p.cls join numbered c on c.k = s.first_cell + p.i %% s.cells"""
                .formatted(CLASS, CLASS), ps -> {
                    var con = ps.getConnection();
                    ps.setArray(1, con.createArrayOf("text", shares.stream().map(DemoCellShares.Share::cls).toArray()));
                    ps.setArray(2, con.createArrayOf("int4", shares.stream().map(DemoCellShares.Share::first).toArray()));
                    ps.setArray(3, con.createArrayOf("int4", shares.stream().map(DemoCellShares.Share::cells).toArray()));
                    ps.setObject(4, adult);
                    ps.setObject(5, adult);
                    ps.setString(6, facility);
                    ps.setString(7, facility);
                });
        jdbc.update("""
                insert into placement(id, person_id, cell_id, facility_code, started_at, placed_by, reason)
                select placement_id, person_id, cell_id, ?, ?, 'demo', 'Ubicación inicial (datos de demostración)'
                from demo_placement""", facility, now);
        jdbc.update("update housing_person hp set cell_id = d.cell_id, updated_at = ? from demo_placement d"
                + " where hp.person_id = d.person_id", now);
        jdbc.update("update cell set population = population + x.n from (select cell_id, count(*) n"
                + " from demo_placement group by cell_id) x where cell.id = x.cell_id");
        List<CustodyEvent> placed = new ArrayList<>();
        jdbc.query("select person_id, placement_id, cell_id, cell_code from demo_placement", rs -> {
            placed.add(new PersonPlaced(UUID.randomUUID(), rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), rs.getString(4), facility, List.of(), List.of(), "demo", now));
        });
        if (!placed.isEmpty()) {
            events.publishEvent(new CustodyEventBatch(placed));
        }
        return placed.size();
    }
}
