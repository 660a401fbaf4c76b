package org.custos.sentencing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start-up (after the demo data), compares the stored rule-set versions with this build's and
 * starts a population recomputation in the background when they differ or results are missing.
 */
@Component
@Order(20)
class StartupCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupCheck.class);
    private final PopulationRecompute recompute;

    StartupCheck(PopulationRecompute recompute) {
        this.recompute = recompute;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (recompute.stale()) {
            log.info("Release dates are missing or were computed under other rules: recomputing the population");
            recompute.start("start-up: rule-set version changed or dates missing", "system");
        }
    }
}
