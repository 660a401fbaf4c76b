package org.custos.sentencing.internal;

import org.custos.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Recomputes the whole population once a day, because release dates depend on the day as well as on
 * the records: a revocation counts from its date, a decree comes into force, a provisional-detention
 * limit approaches. The time is {@code custos.sentencing.recompute-cron} (default 02:30 every day) in
 * {@code custos.time-zone}; {@code -} switches it off. It reuses the on-demand job (progress and change
 * report in {@code recompute_job}); if a job is already running, that night's run is skipped.
 */
@Configuration
@EnableScheduling
class NightlyRecompute {

    static final String CRON = "${custos.sentencing.recompute-cron:0 30 2 * * *}";
    static final String ZONE = "${custos.time-zone:America/El_Salvador}";
    private static final Logger log = LoggerFactory.getLogger(NightlyRecompute.class);
    private final PopulationRecompute recompute;

    NightlyRecompute(PopulationRecompute recompute) {
        this.recompute = recompute;
    }

    @Scheduled(cron = CRON, zone = ZONE)
    void run() {
        try {
            var job = recompute.start("daily recomputation", "system");
            log.info("Daily recomputation of release dates started: job {}", job);
        } catch (ProblemException e) {
            log.warn("Daily recomputation skipped: another recomputation is running");
        }
    }
}
