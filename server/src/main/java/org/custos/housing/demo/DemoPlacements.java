package org.custos.housing.demo;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custos.housing.PersonPlaced;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places every unplaced demo person: reads sex and date of birth from the registry's search (pages of
 * 200 per facility, in parallel), keeps the separation classes apart (sex; untried, convicted,
 * immigration) by giving each class its own cells in proportion to its size, then writes placements,
 * the projection and the cell counters with JDBC batches, and publishes the {@link PersonPlaced} events
 * as one batch per facility.
 */
@Component
class DemoPlacements {

    private static final CurrentUser SYSTEM = new CurrentUser(new UUID(0, 0), "demo", Set.of(Role.MONITOR), Set.of(),
            null, false);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoPlacements(JdbcTemplate jdbc, TransactionTemplate tx, Registry registry, ApplicationEventPublisher events,
                   Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    record Person(UUID id, String status, String sex, java.time.LocalDate born) {
        String key() {
            String group = switch (status) {
                case "UNTRIED", "ADMINISTRATIVE_STATE_OF_EXCEPTION" -> "U";
                case "IMMIGRATION_DETENTION" -> "I";
                default -> "C";
            };
            return sex + group;
        }
    }

    record Cell(UUID id, String code) {
    }

    int placeEveryone() {
        List<String> codes = jdbc.queryForList("select distinct facility_code from cell order by 1", String.class);
        int placed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (String code : codes) {
                done.add(pool.submit(() -> place(code)));
            }
            for (Future<Integer> f : done) {
                placed += f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("demo placements failed", e);
        }
        return placed;
    }

    private int place(String facility) {
        List<Person> persons = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<PersonSummary> items = registry.search(new SearchQuery(null, null, null, null, facility, true, page,
                    SearchQuery.MAX_SIZE), SYSTEM).items();
            for (PersonSummary s : items) {
                persons.add(new Person(s.personId(), s.legalStatus().name(), s.sex().name(), s.dateOfBirth()));
            }
            if (items.size() < SearchQuery.MAX_SIZE) {
                break;
            }
        }
        List<Cell> cells = jdbc.query("select id, code from cell where facility_code = ? and in_service order by code",
                (rs, n) -> new Cell(rs.getObject(1, UUID.class), rs.getString(2)), facility);
        if (persons.isEmpty() || cells.isEmpty()) {
            return 0;
        }
        Map<String, List<Person>> classes = new LinkedHashMap<>();
        persons.forEach(p -> classes.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        List<Object[]> rows = new ArrayList<>(persons.size());
        int next = 0;
        int remaining = persons.size();
        int cellsLeft = cells.size();
        for (List<Person> group : classes.values()) {
            int share = Math.max(1, (int) Math.round((double) group.size() * cellsLeft / remaining));
            share = Math.min(share, cellsLeft - 0);
            List<Cell> own = cells.subList(next, next + Math.max(1, share));
            for (int i = 0; i < group.size(); i++) {
                rows.add(new Object[] {group.get(i), own.get(i % own.size())});
            }
            next += own.size();
            cellsLeft -= own.size();
            remaining -= group.size();
            if (cellsLeft <= 0) {
                cellsLeft = 1;
                next = cells.size() - 1;
            }
        }
        tx.executeWithoutResult(s -> write(facility, rows));
        return rows.size();
    }

    private void write(String facility, List<Object[]> rows) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> placements = new ArrayList<>(rows.size());
        List<Object[]> projection = new ArrayList<>(rows.size());
        List<CustodyEvent> placed = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Person p = (Person) r[0];
            Cell c = (Cell) r[1];
            UUID id = UUID.randomUUID();
            placements.add(new Object[] {id, p.id(), c.id(), facility, now});
            projection.add(new Object[] {c.id(), p.sex(), p.born(), now, p.id()});
            placed.add(new PersonPlaced(UUID.randomUUID(), p.id(), id, c.id(), c.code(), facility, List.of(), List.of(),
                    "demo", now));
        }
        jdbc.batchUpdate("insert into placement(id, person_id, cell_id, facility_code, started_at, placed_by, reason)"
                + " values (?, ?, ?, ?, ?, 'demo', 'Ubicación inicial (datos de demostración)')", placements,
                new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
        jdbc.batchUpdate("update housing_person set cell_id = ?, sex = ?, date_of_birth = ?, updated_at = ?"
                + " where person_id = ?", projection,
                new int[] {Types.OTHER, Types.VARCHAR, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.OTHER});
        jdbc.update("""
                update cell set population = x.n from (select cell_id, count(*) n from housing_person
                    where facility_code = ? and cell_id is not null group by cell_id) x
                where cell.id = x.cell_id""", facility);
        events.publishEvent(new CustodyEventBatch(placed));
    }
}
