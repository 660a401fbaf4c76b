package org.custos.sentencing.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every person with sentences or in provisional detention: reads in batches, computes in
 * parallel (one worker per core, each with its own batches), writes each batch with JDBC batch
 * updates in one transaction with its change report and events. One job at a time; progress in
 * {@code recompute_job}, the report in {@code recompute_change}.
 */
@Service
public class PopulationRecompute {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(PopulationRecompute.class);

    private final JdbcClient jdbc;
    private final RecomputeBatch batch;
    private final TransactionTemplate tx;
    private final Recomputer recomputer;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sentencing-recompute");
        t.setDaemon(true);
        return t;
    });

    PopulationRecompute(JdbcClient jdbc, RecomputeBatch batch, TransactionTemplate tx, Recomputer recomputer) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.recomputer = recomputer;
    }

    /** Starts a job in the background; 409 {@code sentencing.job-running} while another runs. */
    public UUID start(String reason, String actor) {
        if (!running.compareAndSet(false, true)) throw ProblemException.conflict("sentencing.job-running");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into recompute_job(job_id, reason, requested_by, rule_set_version, status, started_at)
                values (:id, :reason, :by, :rules, 'RUNNING', :at)""")
                .param("id", id).param("reason", reason).param("by", actor).param("rules", recomputer.ruleSetVersion())
                .param("at", recomputer.now()).update();
        runner.submit(() -> {
            try {
                run(id, actor);
            } catch (Exception e) {
                log.error("Recomputation {} failed", id, e);
                jdbc.sql("update recompute_job set status = 'FAILED', finished_at = now() where job_id = :id").param("id", id).update();
            } finally {
                running.set(false);
            }
        });
        return id;
    }

    public boolean running() {
        return running.get();
    }

    private void run(UUID job, String actor) throws Exception {
        long started = System.nanoTime();
        List<UUID> ids = jdbc.sql("""
                select person_id from sentencing_person where held
                union select distinct person_id from sentence_rev order by 1""").query(UUID.class).list();
        jdbc.sql("update recompute_job set total = :n where job_id = :id").param("n", ids.size()).param("id", job).update();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        OffsetDateTime at = recomputer.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + BATCH));
                parts.add(pool.submit(() -> tx.executeWithoutResult(s -> batch.run(job, slice, actor, at))));
            }
            for (Future<?> f : parts) f.get();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        jdbc.sql("update recompute_job set status = 'DONE', finished_at = now(), millis = :ms where job_id = :id")
                .param("ms", millis).param("id", job).update();
        log.info("Release dates recomputed: {} persons in {} ms ({} per second, {} workers, engine {}, {})", ids.size(),
                millis, millis == 0 ? ids.size() : ids.size() * 1000L / millis, workers, ReleaseDateEngine.VERSION,
                recomputer.ruleSetVersion());
    }

    /** Whether stored results are missing or were made with other rules than this build's. */
    public boolean stale() {
        return jdbc.sql("""
                select exists(select 1 from release_dates where rule_set_version <> :v)
                    or exists(select 1 from sentence_rev s where not exists
                              (select 1 from release_dates r where r.person_id = s.person_id))
                    or exists(select 1 from sentencing_person p where p.held and p.legal_status in
                              ('UNTRIED','ADMINISTRATIVE_STATE_OF_EXCEPTION')
                              and not exists (select 1 from release_dates r where r.person_id = p.person_id))""")
                .param("v", recomputer.ruleSetVersion()).query(Boolean.class).single();
    }

    /** A job's progress and, once done, who changed and by how many days (at most {@code limit} lines). */
    public Map<String, Object> report(UUID job, int limit) {
        Map<String, Object> out = jdbc.sql("""
                select job_id as "jobId", reason, requested_by as "requestedBy", rule_set_version as "ruleSetVersion",
                       status, total, done, changed, failed, started_at as "startedAt", finished_at as "finishedAt",
                       millis from recompute_job where job_id = :id""").param("id", job).query().listOfRows()
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("sentencing.not-found"));
        out = new java.util.LinkedHashMap<>(out);
        out.put("changes", jdbc.sql("""
                select c.person_id as "personId", p.booking_number as "bookingNumber", c.date_name as "date",
                       c.old_date as "oldDate", c.new_date as "newDate", c.delta_days as "deltaDays"
                  from recompute_change c left join sentencing_person p using (person_id)
                 where c.job_id = :id order by abs(coalesce(c.delta_days, 100000)) desc, c.person_id limit :limit""")
                .param("id", job).param("limit", limit).query().listOfRows());
        return out;
    }
}
