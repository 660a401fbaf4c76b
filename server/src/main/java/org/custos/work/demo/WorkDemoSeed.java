package org.custos.work.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.work.PersonsAllocated;
import org.custos.work.ProductionRecorded;
import org.custos.work.RosterRecorded;
import org.custos.work.WorkProfilesRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's seed rows, written set-based by SQL ({@code recorded_by = 'demo'}) and committed to the ledger by one
 * event per batch, published in the same transaction: profiles and allocations by {@link WorkProfilesRecorded} and
 * {@link PersonsAllocated} (1,000 rows each at most), attendance by one {@link RosterRecorded} per programme and
 * session day, output by {@link ProductionRecorded} (one per session, a few hundred in all). The caller holds the
 * transaction.
 */
final class WorkDemoSeed {

    static final int CHUNK = 1_000;
    static final String ACTOR = "demo";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    WorkDemoSeed(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Rows: id, person, medical fit, security level, regime phase, gang member; all of one facility. */
    void profiles(String facility, List<Object[]> rows, OffsetDateTime at) {
        int n = rows.size();
        if (n == 0) return;
        UUID[] ids = new UUID[n];
        UUID[] persons = new UUID[n];
        Boolean[] fit = new Boolean[n];
        String[] security = new String[n];
        String[] phase = new String[n];
        Boolean[] gang = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            ids[i] = (UUID) r[0];
            persons[i] = (UUID) r[1];
            fit[i] = (Boolean) r[2];
            security[i] = (String) r[3];
            phase[i] = (String) r[4];
            gang[i] = (Boolean) r[5];
        }
        jdbc.sql("""
                insert into work_profile_rev(id, person_id, medical_fit, medical_note, consent, security_level, regime_phase,
                  gang_member, recorded_by, recorded_at)
                select id, p, fit, null, false, sec, phase, gang, :by, :at
                from unnest(:ids::uuid[], :ps::uuid[], :fit::boolean[], :sec::text[], :phase::text[], :gang::boolean[])
                  as r(id, p, fit, sec, phase, gang)""")
                .param("by", ACTOR).param("at", at).param("ids", ids).param("ps", persons).param("fit", fit)
                .param("sec", security).param("phase", phase).param("gang", gang).update();
        List<CustodyEvent> batch = new ArrayList<>();
        for (List<UUID> chunk : chunks(List.of(ids))) {
            batch.add(new WorkProfilesRecorded(UUID.randomUUID(), chunk, facility, ACTOR, at));
        }
        events.publishEvent(new CustodyEventBatch(batch));
    }

    /** Rows: id, person, programme id, credit basis, policy; all of one facility, each allocation ACTIVE. */
    void allocations(String facility, List<Object[]> rows, OffsetDateTime at) {
        int n = rows.size();
        if (n == 0) return;
        UUID[] ids = new UUID[n];
        UUID[] persons = new UUID[n];
        UUID[] programmeIds = new UUID[n];
        String[] basis = new String[n];
        String[] policy = new String[n];
        Map<UUID, List<UUID>> byProgramme = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            ids[i] = (UUID) r[0];
            persons[i] = (UUID) r[1];
            programmeIds[i] = (UUID) r[2];
            basis[i] = (String) r[3];
            policy[i] = (String) r[4];
            byProgramme.computeIfAbsent(programmeIds[i], k -> new ArrayList<>()).add(ids[i]);
        }
        jdbc.sql("""
                insert into work_allocation(id, person_id, programme_id, facility_code, status, credit_basis, policy,
                  created_by, created_at)
                select r.id, r.p, r.g, g.facility_code, 'ACTIVE', r.b, r.pol, :by, :at
                from unnest(:ids::uuid[], :ps::uuid[], :gs::uuid[], :bs::text[], :pols::text[]) as r(id, p, g, b, pol)
                join work_programme g on g.id = r.g""")
                .param("by", ACTOR).param("at", at).param("ids", ids).param("ps", persons).param("gs", programmeIds)
                .param("bs", basis).param("pols", policy).update();
        jdbc.sql("""
                insert into work_allocation_status(id, allocation_id, status, reason, changed_by, changed_at)
                select gen_random_uuid(), id, 'ACTIVE', null, :by, :at from unnest(:ids::uuid[]) as r(id)""")
                .param("by", ACTOR).param("at", at).param("ids", ids).update();
        List<CustodyEvent> batch = new ArrayList<>();
        byProgramme.forEach((programme, allocated) -> {
            for (List<UUID> chunk : chunks(allocated)) {
                batch.add(new PersonsAllocated(UUID.randomUUID(), programme, chunk, "ACTIVE", facility, ACTOR, at));
            }
        });
        events.publishEvent(new CustodyEventBatch(batch));
    }

    private record Written(UUID id, LocalDate sessionDate, String outcome, OffsetDateTime recordedAt) {
    }

    /**
     * A month of attendance for a programme's demo allocations, one statement: every session day but the rest day,
     * up to yesterday. Per session about 90% attended the whole session, 2.5% part of it (below the hours that
     * make a day), 3% sick, 1.5% refused, 1.5% not required, 1% cancelled, 0.5% other; one allocation in a
     * hundred has stopped coming (refused the last ten days). Then one roster event per session day.
     */
    void attendance(UUID programme, String facility, LocalDate from, LocalDate to) {
        List<Written> written = jdbc.sql("""
                insert into work_attendance(id, allocation_id, person_id, programme_id, session_date, outcome, hours,
                  revision, recorded_by, recorded_at)
                select gen_random_uuid(), a.id, a.person_id, a.programme_id, s.d, o.outcome,
                       case o.outcome when 'ATTENDED' then case when o.x < 900 then g.session_hours else g.min_hours / 2 end
                                      else 0 end,
                       1, :by, (s.d + time '18:00') at time zone 'America/El_Salvador'
                from work_allocation a join work_programme g on g.id = a.programme_id
                cross join lateral (select d::date from generate_series(:from::date, :to::date, interval '1 day') d) s
                cross join lateral (select abs(hashtextextended(a.id::text || s.d::text, 0)) % 1000 x) h
                cross join lateral (select h.x, case
                    when abs(hashtext(a.id::text)) % 100 = 0 and s.d > :to::date - 10 then 'REFUSED'
                    when h.x < 925 then 'ATTENDED' when h.x < 955 then 'SICK' when h.x < 970 then 'REFUSED'
                    when h.x < 985 then 'NOT_REQUIRED' when h.x < 995 then 'CANCELLED' else 'OTHER' end outcome) o
                where a.programme_id = :g and a.created_by = :by and a.status = 'ACTIVE'
                  and (g.rest_day is null or extract(isodow from s.d) <> g.rest_day)
                returning id, session_date, outcome, recorded_at""")
                .param("by", ACTOR).param("g", programme).param("from", from).param("to", to)
                .query((rs, i) -> new Written(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class))).list();
        if (written.isEmpty()) return;
        jdbc.sql("""
                insert into work_attendance_rev(record_id, revision, outcome, hours, recorded_by, recorded_at)
                select t.id, 1, t.outcome, t.hours, t.recorded_by, t.recorded_at
                from unnest(:ids::uuid[]) as w(id) join work_attendance t on t.id = w.id""")
                .param("ids", written.stream().map(Written::id).toArray(UUID[]::new)).update();
        Map<LocalDate, List<Written>> byDay = new LinkedHashMap<>();
        for (Written w : written) byDay.computeIfAbsent(w.sessionDate(), k -> new ArrayList<>()).add(w);
        List<CustodyEvent> batch = new ArrayList<>();
        byDay.forEach((day, records) -> batch.add(new RosterRecorded(UUID.randomUUID(), programme, day,
                records.stream().map(Written::id).toList(),
                (int) records.stream().filter(w -> w.outcome().equals("ATTENDED")).count(), facility, ACTOR,
                records.get(0).recordedAt().withOffsetSameInstant(ZoneOffset.UTC))));
        events.publishEvent(new CustodyEventBatch(batch));
    }

    /** A month of a workshop's output from its attendance: {@code perWorker} units per attending worker, with spread. */
    void production(UUID programme, String facility, double perWorker) {
        List<CustodyEvent> batch = jdbc.sql("""
                insert into work_production(id, programme_id, session_date, team, quantity, rejects, recorded_by, recorded_at)
                select gen_random_uuid(), programme_id, session_date, '', q, round(q * (10 + h % 20) / 1000.0), :by,
                       (session_date + time '19:00') at time zone 'America/El_Salvador'
                from (select programme_id, session_date, abs(hashtext(programme_id::text || session_date::text)) h,
                             round(count(*) filter (where outcome = 'ATTENDED') * :rate
                                   * (0.86 + abs(hashtext(session_date::text || programme_id::text)) % 20 / 100.0))::int q
                      from work_attendance where programme_id = :g group by programme_id, session_date) d
                returning id, session_date, team, quantity, rejects, recorded_at""")
                .param("by", ACTOR).param("g", programme).param("rate", perWorker)
                .query((rs, i) -> (CustodyEvent) new ProductionRecorded(UUID.randomUUID(), programme,
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), facility, ACTOR,
                        rs.getObject(6, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))).list();
        if (!batch.isEmpty()) events.publishEvent(new CustodyEventBatch(batch));
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            out.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return out;
    }
}
