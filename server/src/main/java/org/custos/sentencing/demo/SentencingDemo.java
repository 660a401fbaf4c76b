package org.custos.sentencing.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.custos.sentencing.internal.SentencingBulk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo sentences: after the registry's demo admissions ({@code DemoLoader}, order 10), every convicted
 * demo person gets a sentence, and about one in 32 of them daily work credits approved by the
 * supervising judge; dates are computed as they are written. Batches of 1,000 persons, two in
 * parallel, through the sentencing service's bulk path (engine validation, JDBC batch inserts). Runs
 * once: not again when demo sentences exist.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class SentencingDemo implements ApplicationRunner {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(SentencingDemo.class);
    private final JdbcClient jdbc;
    private final SentencingBulk bulk;

    SentencingDemo(JdbcClient jdbc, SentencingBulk bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (jdbc.sql("select exists(select 1 from sentence_rev where recorded_by = 'demo')").query(Boolean.class).single()) {
            return;
        }
        record Convicted(UUID id, LocalDate admittedOn) {
        }
        List<Convicted> persons = jdbc.sql("""
                select person_id, admitted_on from sentencing_person where held and legal_status = 'CONVICTED'
                   and admitted_on is not null and not exists (select 1 from sentence_rev s where s.person_id = sentencing_person.person_id)
                 order by person_id""").query((rs, n) -> new Convicted(rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class))).list();
        if (persons.isEmpty()) return;
        long started = System.nanoTime();
        AtomicInteger written = new AtomicInteger();
        LocalDate today = LocalDate.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> parts = new java.util.ArrayList<>();
            for (int from = 0; from < persons.size(); from += BATCH) {
                List<Convicted> slice = persons.subList(from, Math.min(persons.size(), from + BATCH));
                parts.add(pool.submit(() -> {
                    var plans = slice.stream().map(p -> DemoSentences.plan(p.id(), p.admittedOn(), today)).toList();
                    written.addAndGet(bulk.addDemo(plans));
                }));
            }
            for (Future<?> f : parts) f.get();
        }
        log.info("Demo sentences: {} convicted persons, {} records in {} s", persons.size(), written.get(),
                (System.nanoTime() - started) / 1_000_000_000.0);
    }
}
