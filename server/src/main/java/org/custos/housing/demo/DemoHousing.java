package org.custos.housing.demo;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.CellCreated;
import org.custos.housing.UnitCreated;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with the demo dataset, after the registry's demo admissions
 * ({@code org.custos.demo.DemoLoader}, order 10): creates the units and cells of the demo facilities,
 * then places every admitted demo person (JDBC batches, one transaction per facility). The units and cells are
 * announced as {@link UnitCreated} and {@link CellCreated}, one batch per facility, so the ledger commits to them.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class DemoHousing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHousing.class);
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final FacilityDirectory facilities;
    private final DemoPlacements placements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoHousing(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, FacilityDirectory facilities,
                DemoPlacements placements, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.facilities = facilities;
        this.placements = placements;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (facilities.find("CECOT").isEmpty()
                || jdbc.sql("select count(*) from cell where facility_code = 'CECOT'").query(Integer.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        int cells = 0;
        for (DemoHousingPlan.FacilityPlan plan : DemoHousingPlan.plans()) {
            if (facilities.find(plan.code()).isPresent()) {
                cells += tx.execute(s -> build(plan));
            }
        }
        long built = System.nanoTime();
        int placed = placements.placeEveryone();
        log.info("Demo housing: {} cells in {} ms, {} persons placed in {} ms", cells, (built - started) / 1_000_000,
                placed, (System.nanoTime() - built) / 1_000_000);
    }

    private int build(DemoHousingPlan.FacilityPlan p) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> cellRows = new java.util.ArrayList<>();
        List<Object[]> versionRows = new java.util.ArrayList<>();
        List<CustodyEvent> created = new java.util.ArrayList<>();
        boolean cecot = p.code().equals("CECOT");
        int index = 0;
        for (int u = 1; u <= p.units() && index < p.declaredPerCell().length; u++) {
            UUID unit = UUID.randomUUID();
            String code = (cecot ? "EDIFICIO-" : "SECTOR-") + u;
            String name = (cecot ? "Edificio " : "Sector ") + u;
            template.update("insert into housing_unit(id, facility_code, code, name, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, 'demo')", unit, p.code(), code, name, now);
            created.add(new UnitCreated(UUID.randomUUID(), unit, code, name, p.code(), "demo", now));
            for (int c = 1; c <= p.cellsPerUnit() && index < p.declaredPerCell().length; c++, index++) {
                UUID cell = UUID.randomUUID();
                boolean inService = cecot || index % 50 != 49;
                String cellCode = String.format("%d-%02d", u, c);
                cellRows.add(new Object[] {cell, unit, p.code(), cellCode, p.area(), p.bunks(),
                        p.toilets(), p.showers(), inService, p.declaredPerCell()[index], now});
                created.add(new CellCreated(UUID.randomUUID(), cell, unit, cellCode, java.math.BigDecimal.valueOf(p.area()),
                        p.bunks(), p.declaredPerCell()[index], inService, p.code(), "demo", now));
                versionRows.add(new Object[] {UUID.randomUUID(), cell, p.area(), p.bunks(), p.toilets(), p.showers(),
                        inService, p.declaredPerCell()[index], now});
            }
        }
        template.batchUpdate("""
                insert into cell(id, unit_id, facility_code, code, floor_area, bunks, toilets, showers, in_service,
                    declared_capacity, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""",
                cellRows, new int[] {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
                        Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.INTEGER,
                        Types.TIMESTAMP_WITH_TIMEZONE});
        template.batchUpdate("""
                insert into capacity_version(id, cell_id, version, floor_area, bunks, toilets, showers, in_service,
                    declared_capacity, reason, changed_at, changed_by)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, 'Alta (datos de demostración)', ?, 'demo')""",
                versionRows, new int[] {Types.OTHER, Types.OTHER, Types.NUMERIC, Types.INTEGER, Types.INTEGER,
                        Types.INTEGER, Types.BOOLEAN, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE});
        events.publishEvent(new CustodyEventBatch(created));
        return cellRows.size();
    }
}
