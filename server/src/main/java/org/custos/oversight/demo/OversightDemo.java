package org.custos.oversight.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.custos.housing.Cells;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.oversight.internal.OversightSettings;
import org.custos.oversight.internal.ReadingService;
import org.custos.oversight.internal.RegimeService;
import org.custos.oversight.internal.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's oversight registers, after the demo admissions and placements (order 10-20), in a background thread
 * ({@code demo-oversight}): a month of each unit's regime and cell temperatures at four facilities
 * ({@link OversightDemoPlan}: CECOT as reported, La Esperanza crowded, Ilopango and the Santa Ana farm better), then
 * the cases ({@link OversightDemoCases}). Every record goes through the module's services, so each is validated as a
 * user's would be and written with its past-tense event and ledger entry; what the rules refuse (a collective
 * sanction, solitary without an end) is attempted and refused, never stored. Runs once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class OversightDemo implements ApplicationRunner {

    static final String THREAD = "demo-oversight";
    static final int DAYS = 30;
    /**
     * Who records a facility's registers in the demo: the demo's accounts (CECOT's warden, the officer on duty), so
     * the registers name a person's account as they would, never an English word such as "demo".
     */
    static CurrentUser staff(String facility) {
        String account = facility.equals("CECOT") ? "director-cecot" : "custodio";
        return new CurrentUser(null, account, Set.of(Role.WARDEN), Set.of(facility), null, false);
    }
    private static final Logger log = LoggerFactory.getLogger(OversightDemo.class);

    private final JdbcClient jdbc;
    private final Cells cells;
    private final RegimeService regime;
    private final ReadingService readings;
    private final OversightSettings settings;
    private final OversightDemoCases cases;

    OversightDemo(JdbcClient jdbc, Cells cells, RegimeService regime, ReadingService readings, OversightSettings settings,
                  OversightDemoCases cases) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.regime = regime;
        this.readings = readings;
        this.settings = settings;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists(select 1 from oversight_regime_day where facility_code = 'CECOT')").query(Boolean.class)
                .single() || cells.units("CECOT").isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                log.error("Demo oversight: not loaded", e);
            }
        }, THREAD);
        t.setDaemon(true);
        t.start();
    }

    void load() {
        long started = System.nanoTime();
        LocalDate today = settings.today();
        int days = 0;
        int read = 0;
        for (OversightDemoPlan.Regime plan : OversightDemoPlan.REGIMES) {
            List<Cells.UnitFigures> units = cells.units(plan.facility());
            Random random = new Random(plan.facility().hashCode());
            for (int d = DAYS; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                for (Cells.UnitFigures u : units) {
                    int out = plan.outOfCell() + random.nextInt(plan.spread() + 1);
                    int outdoor = Math.min(out, plan.outdoor() + random.nextInt(plan.spread() / 2 + 1));
                    regime.record(u.id(), new Requests.Regime(day, out, outdoor, plan.contact(), List.of(), null),
                            staff(plan.facility()));
                    days++;
                }
            }
            List<Requests.Reading> lines = readings(plan, today, random);
            if (!lines.isEmpty()) read += readings.record(new Requests.Readings("SENSOR", lines), staff(plan.facility())).size();
        }
        long conditions = System.nanoTime();
        String done = cases.load();
        log.info("Demo oversight: {} unit-days of regime and {} readings in {} ms; {} in {} ms", days, read,
                (conditions - started) / 1_000_000, done, (System.nanoTime() - conditions) / 1_000_000);
    }

    /** Readings at 06:00, 14:00 and 22:00 local time in some cells, for a month and today up to now. */
    private List<Requests.Reading> readings(OversightDemoPlan.Regime plan, LocalDate today, Random random) {
        List<Cells.CellFigures> all = cells.cells(plan.facility());
        List<Requests.Reading> out = new ArrayList<>();
        OffsetDateTime now = settings.now();
        int step = Math.max(1, all.size() / plan.sensorCells());
        for (int i = 0; i < all.size(); i += step) {
            Cells.CellFigures cell = all.get(i);
            for (int d = DAYS; d >= 0; d--) {
                boolean hot = random.nextInt(4) == 0; // a hot spell: about one day in four
                for (int k = 0; k < 3; k++) {
                    OffsetDateTime at = today.minusDays(d).atTime(6 + 8 * k, 0).atZone(settings.zone()).toOffsetDateTime();
                    if (at.isAfter(now)) continue;
                    double c = plan.celsius()[k] + random.nextInt(11) / 10.0 + (hot ? plan.hotSpell() : 0);
                    out.add(new Requests.Reading(cell.id(), at, BigDecimal.valueOf(Math.round(c * 10), 1),
                            BigDecimal.valueOf(plan.humidity() + random.nextInt(15))));
                }
            }
        }
        return out;
    }
}
