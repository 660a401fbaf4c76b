package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custos.support.CustosTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The daily recomputation of the whole population: scheduled at 02:30 and run by the on-demand job. */
@CustosTest
@Tag("database")
class SentencingScheduleTest {

    @Autowired
    List<ScheduledTaskHolder> holders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWholePopulationIsRecomputedDailyByTheRecomputeJob() throws InterruptedException {
        CronTask daily = holders.stream().flatMap(h -> h.getScheduledTasks().stream())
                .map(t -> t.getTask()).filter(t -> t instanceof CronTask c && t.toString().contains("NightlyRecompute"))
                .map(CronTask.class::cast).findFirst().orElseThrow();
        assertThat(daily.getExpression()).isEqualTo("0 30 2 * * *");

        daily.getRunnable().run();
        String status = null;
        for (int i = 0; i < 300 && !"DONE".equals(status); i++) {
            Thread.sleep(100);
            status = jdbc.sql("select status from recompute_job where reason = 'daily recomputation' and requested_by = 'system'"
                    + " order by started_at desc limit 1").query(String.class).optional().orElse(null);
        }
        assertThat(status).isEqualTo("DONE");
    }
}
