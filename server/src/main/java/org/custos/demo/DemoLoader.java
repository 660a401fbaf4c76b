package org.custos.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo dataset once, on the first start, through the registry's own admission API. */
@Component
@Order(10)
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final int BATCH = 2_000;
    private final FacilityDirectory facilities;
    private final Admissions admissions;
    private final DemoState state;
    private final DemoAccounts accounts;
    private final Clock clock;
    private final int persons;

    DemoLoader(FacilityDirectory facilities, Admissions admissions, DemoState state, DemoAccounts accounts,
               Clock clock, @Value("${custos.demo.persons:110000}") int persons) {
        this.facilities = facilities;
        this.admissions = admissions;
        this.state = state;
        this.accounts = accounts;
        this.clock = clock;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!state.begin()) {
            return;
        }
        long started = System.nanoTime();
        for (DemoFacility f : DemoFacilities.ALL) {
            if (facilities.find(f.code()).isEmpty()) {
                facilities.register(new Facility(f.code(), f.name(), f.type(), f.department()), "demo");
            }
        }
        accounts.create();
        int loaded = admit();
        state.complete(loaded);
        log.info("Demo dataset: {} facilities, {} admissions in {} s", DemoFacilities.ALL.size(), loaded,
                (System.nanoTime() - started) / 1_000_000_000.0);
    }

    private int admit() throws Exception {
        DemoPlan plan = new DemoPlan(DemoFacilities.ALL, persons);
        DemoPersons generator = new DemoPersons(OffsetDateTime.now(clock));
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < plan.persons(); from += BATCH) {
                int start = from;
                int end = Math.min(plan.persons(), from + BATCH);
                batches.add(pool.submit(() -> {
                    List<AdmissionRequest> batch = new ArrayList<>(end - start);
                    for (int i = start; i < end; i++) {
                        batch.add(generator.admission(i, plan.facilityOf(i)));
                    }
                    for (Admissions.BulkOutcome outcome : admissions.admitAll(batch, "demo")) {
                        if (outcome.ok()) {
                            admitted.incrementAndGet();
                        } else if (refused.incrementAndGet() <= 5) {
                            log.warn("Demo admission {} refused: {}", start + outcome.index(), outcome.problems());
                        }
                    }
                    if (end % 20_000 == 0) {
                        log.info("Demo dataset: {} admissions so far", admitted.get());
                    }
                }));
            }
            for (Future<?> f : batches) {
                f.get();
            }
        }
        if (refused.get() > 0) {
            log.warn("Demo dataset: {} generated admissions were refused by validation", refused.get());
        }
        return admitted.get();
    }
}
