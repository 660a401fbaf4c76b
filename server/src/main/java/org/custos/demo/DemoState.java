package org.custos.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Remembers that the demo dataset was loaded, so a restart does not load it again. */
@Component
class DemoState {

    private static final Logger log = LoggerFactory.getLogger(DemoState.class);
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoState(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True if the dataset should be loaded now (never started before). */
    boolean begin() {
        var existing = jdbc.sql("select completed_at is not null from demo_dataset").query(Boolean.class).optional();
        if (existing.isPresent()) {
            if (!existing.get()) {
                log.warn("The demo dataset was interrupted while loading; start with a new data directory to reload it");
            }
            return false;
        }
        jdbc.sql("insert into demo_dataset(started_at) values (:at)").param("at", OffsetDateTime.now(clock)).update();
        return true;
    }

    void complete(int persons) {
        jdbc.sql("update demo_dataset set completed_at = :at, persons = :p")
                .param("at", OffsetDateTime.now(clock)).param("p", persons).update();
    }
}
