package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.sentencing.ReleaseDatesRecomputed;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.releasedates.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One batch of a population recomputation, inside the caller's transaction. */
@Component
class RecomputeBatch {

    private static final Logger log = LoggerFactory.getLogger(RecomputeBatch.class);
    private final RecordReader reader;
    private final Recomputer recomputer;
    private final ReleaseDateStore store;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    RecomputeBatch(RecordReader reader, Recomputer recomputer, ReleaseDateStore store, JdbcTemplate template,
                   ApplicationEventPublisher events) {
        this.reader = reader;
        this.recomputer = recomputer;
        this.store = store;
        this.template = template;
        this.events = events;
    }

    record Change(UUID personId, String date, LocalDate before, LocalDate after) {
    }

    void run(UUID job, List<UUID> ids, String actor, OffsetDateTime at) {
        Map<UUID, PersonRecords> records = reader.batch(ids);
        Map<UUID, ReleaseDateStore.Stored> before = store.stored(ids);
        List<Computed> computed = new ArrayList<>(ids.size());
        List<Change> changes = new ArrayList<>();
        List<CustodyEvent> announced = new ArrayList<>();
        int failed = 0;
        for (PersonRecords r : records.values()) {
            Computed c;
            try {
                c = recomputer.compute(r);
            } catch (ValidationException e) {
                if (++failed <= 3) log.warn("Person {} not recomputed: {}", r.personId(), e.getMessage());
                continue;
            }
            computed.add(c);
            ReleaseDateStore.Stored old = before.get(r.personId());
            if (old == null) continue;
            int n = changes.size();
            compare(changes, r.personId(), "PROJECTED_RELEASE", old.release(), c.release());
            compare(changes, r.personId(), "FULL_TERM", old.fullTerm(), c.fullTerm());
            compare(changes, r.personId(), "CONDITIONAL_RELEASE", old.conditionalRelease(), c.conditionalRelease());
            compare(changes, r.personId(), "PROVISIONAL_DETENTION_LIMIT", old.pretrialLimit(), c.pretrialLimit());
            if (changes.size() > n) {
                announced.add(new ReleaseDatesRecomputed(UUID.randomUUID(), r.personId(), c.release(),
                        old.release(), recomputer.ruleSetVersion(),
                        r.person() == null ? null : r.person().facilityCode(), actor, at));
            }
        }
        store.write(computed, ReleaseDateEngine.VERSION, recomputer.ruleSetVersion(), at);
        template.batchUpdate("insert into recompute_change(job_id, person_id, date_name, old_date, new_date, delta_days)"
                + " values (?, ?, ?, ?, ?, ?)", changes, 1000, (ps, c) -> {
                    ps.setObject(1, job);
                    ps.setObject(2, c.personId());
                    ps.setString(3, c.date());
                    ps.setObject(4, c.before());
                    ps.setObject(5, c.after());
                    if (c.before() == null || c.after() == null) ps.setNull(6, java.sql.Types.INTEGER);
                    else ps.setInt(6, (int) ChronoUnit.DAYS.between(c.before(), c.after()));
                });
        if (!announced.isEmpty()) events.publishEvent(new CustodyEventBatch(announced));
        template.update("update recompute_job set done = done + ?, changed = changed + ?, failed = failed + ? where job_id = ?",
                ids.size() - failed, announced.size(), failed, job);
    }

    private static void compare(List<Change> out, UUID person, String name, LocalDate before, LocalDate after) {
        if (!Objects.equals(before, after)) out.add(new Change(person, name, before, after));
    }
}
