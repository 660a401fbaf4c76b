package org.custos.work.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custos.sentencing.WorkCredits;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.CertificationService;
import org.custos.work.internal.Eligibility;
import org.custos.work.internal.PayService;
import org.custos.work.internal.ProductionService;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkCreditService;
import org.custos.work.internal.WorkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's Zero Leisure programme, after the demo admissions, sentences and placements: programmes at the
 * demo facilities ({@link WorkDemoPlan}), each convicted person's eligibility facts, allocations decided by
 * the module's own {@link Eligibility} (only convicted, eligible persons), a month of attendance with
 * realistic absences, workshop targets and output, and — at the facilities of {@link WorkDemoPlan#DERIVED} —
 * last month's credits derived through {@link WorkCreditService#derive} (pending the judge) and pay credited
 * through {@link PayService#credit}; a few hundred persons' credits are certified through
 * {@link CertificationService#certify}, which moves their release dates. The other facilities' last month is
 * left to derive (an action on the manager's first page). Runs in a background thread after the other demo
 * steps. Programmes, derivations and certifications go through the services (with their
 * events and ledger entries); the seed rows — profiles, allocations and their first status, a month of
 * attendance and its first revisions — are written set-based by SQL, {@code recorded_by = 'demo'}, without
 * one event per row (1.2 million attendance entries would dominate the start). Runs once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class WorkDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkDemo.class);
    static final int DAYS = 30;
    static final int CERTIFIED_PERSONS = 300;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ProgrammeService programmes;
    private final WorkCreditService credits;
    private final CertificationService certifications;
    private final ProductionService production;
    private final PayService pay;
    private final WorkCredits sentencing;
    private final WorkSettings settings;

    WorkDemo(JdbcClient jdbc, TransactionTemplate tx, ProgrammeService programmes, WorkCreditService credits,
             CertificationService certifications, ProductionService production, PayService pay,
             WorkCredits sentencing, WorkSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.programmes = programmes;
        this.credits = credits;
        this.certifications = certifications;
        this.production = production;
        this.pay = pay;
        this.sentencing = sentencing;
        this.settings = settings;
    }

    record Person(UUID personId, String facilityCode) {
    }

    record Created(UUID id, String facility, WorkDemoPlan.Template template) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists(select 1 from work_programme where code like 'PCO-%')").query(Boolean.class).single()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                load();
            } catch (Exception e) {
                log.error("Demo work: not loaded", e);
            }
        }, "demo-work");
        t.setDaemon(true);
        t.start();
    }

    /** In the background, so the rest of the start does not wait for a month of 44,000 workers' attendance. */
    void load() throws Exception {
        long started = System.nanoTime();
        List<Person> persons = jdbc.sql("""
                select person_id, facility_code from work_person where held and legal_status = 'CONVICTED'
                order by facility_code, person_id""").query(Person.class).list();
        if (persons.isEmpty()) return;
        Map<UUID, List<String>> offences = new HashMap<>();
        for (int from = 0; from < persons.size(); from += 5_000) {
            offences.putAll(sentencing.offenceCodes(persons.subList(from, Math.min(persons.size(), from + 5_000))
                    .stream().map(Person::personId).toList()));
        }
        Map<String, List<Person>> byFacility = new LinkedHashMap<>();
        for (Person p : persons) byFacility.computeIfAbsent(p.facilityCode(), k -> new ArrayList<>()).add(p);
        OffsetDateTime allocatedAt = settings.now().minusDays(DAYS + 15);
        List<Object[]> profiles = new ArrayList<>();
        Map<String, List<Object[]>> allocations = new LinkedHashMap<>();
        List<Created> created = new ArrayList<>();
        for (var e : byFacility.entrySet()) {
            List<WorkDemoPlan.Template> plan = WorkDemoPlan.programmes(e.getKey());
            int[] counts = new int[plan.size()];
            List<Object[]> mine = new ArrayList<>();
            for (Person p : e.getValue()) {
                WorkDemoPlan.Profile f = WorkDemoPlan.profile(p.personId(), e.getKey());
                profiles.add(new Object[] {UUID.randomUUID(), p.personId(), f.medicalFit(), f.securityLevel(),
                        f.regimePhase(), f.gangMember()});
                Eligibility.Facts facts = new Eligibility.Facts("CONVICTED", true, e.getKey(), f.medicalFit(), false,
                        f.securityLevel(), f.regimePhase(), f.gangMember(), offences.get(p.personId()));
                for (int i : WorkDemoPlan.preference(p.personId(), plan)) {
                    WorkDemoPlan.Template t = plan.get(i);
                    Eligibility.Decision d = Eligibility.decide(facts, new Eligibility.Terms(e.getKey(), t.kind(),
                            t.outside(), t.paid(), true, t.maxSecurity(), t.rule()), settings.policy());
                    if (d.allowed()) {
                        counts[i]++;
                        mine.add(new Object[] {UUID.randomUUID(), p.personId(), i, d.basis().name(), d.policy()});
                        break;
                    }
                }
            }
            for (int i = 0; i < plan.size(); i++) {
                if (counts[i] == 0) continue;
                WorkDemoPlan.Template t = plan.get(i);
                UUID id = programmes.create(new Requests.Programme("PCO-" + t.code() + "-" + e.getKey(), t.name(), t.kind(),
                        e.getKey(), t.outside(), t.outside() ? WorkDemoPlan.PARTNER : null, Math.max(10, (counts[i] + 9) / 10 * 10),
                        t.sessionKind(), t.hours(), null, 7, "Supervisión del centro", t.paid(), t.rate(), t.band(),
                        t.rule(), true, t.maxSecurity()), null);
                created.add(new Created(id, e.getKey(), t));
                for (Object[] a : mine) if (a[2] instanceof Integer k && k == i) a[2] = id;
            }
            allocations.put(e.getKey(), mine);
        }
        tx.executeWithoutResult(s -> writeProfiles(profiles));
        int allocated = 0;
        for (List<Object[]> rows : allocations.values()) {
            allocated += rows.size();
            tx.executeWithoutResult(s -> writeAllocations(rows, allocatedAt));
        }
        long seeded = System.nanoTime();
        LocalDate today = settings.today();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> parts = new ArrayList<>();
            for (String facility : allocations.keySet()) {
                parts.add(pool.submit(() -> tx.executeWithoutResult(s -> writeAttendance(facility, today))));
            }
            for (Future<?> f : parts) f.get();
        }
        production(created, allocations, today);
        long attended = System.nanoTime();
        String month = YearMonth.from(today).minusMonths(1).toString();
        int derived = 0;
        int credited = 0;
        for (Created c : created) {
            if (!WorkDemoPlan.DERIVED.contains(c.facility())) continue;
            derived += credits.derive(c.id(), month, null);
            if (c.template().paid()) credited += pay.credit(c.id(), month, null);
        }
        long derivedAt = System.nanoTime();
        int certified = certify(month);
        log.info("Demo work: {} programmes, {} persons allocated (of {} convicted) in {} ms, attendance of {} days in {} ms,"
                        + " {} credit days of {} derived and {} persons' pay credited in {} ms, {} persons certified in {} ms;"
                        + " {} s in all", created.size(), allocated, persons.size(), (seeded - started) / 1_000_000, DAYS,
                (attended - seeded) / 1_000_000, derived, month, credited, (derivedAt - attended) / 1_000_000, certified,
                (System.nanoTime() - derivedAt) / 1_000_000, (System.nanoTime() - started) / 1_000_000_000.0);
    }

    private void writeProfiles(List<Object[]> rows) {
        int n = rows.size();
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
                select id, p, fit, null, false, sec, phase, gang, 'demo', :at
                from unnest(:ids::uuid[], :ps::uuid[], :fit::boolean[], :sec::text[], :phase::text[], :gang::boolean[])
                  as r(id, p, fit, sec, phase, gang)""")
                .param("at", settings.now().minusDays(DAYS + 20)).param("ids", ids).param("ps", persons).param("fit", fit)
                .param("sec", security).param("phase", phase).param("gang", gang).update();
    }

    private void writeAllocations(List<Object[]> rows, OffsetDateTime at) {
        int n = rows.size();
        if (n == 0) return;
        UUID[] ids = new UUID[n];
        UUID[] persons = new UUID[n];
        UUID[] programmeIds = new UUID[n];
        String[] basis = new String[n];
        String[] policy = new String[n];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            ids[i] = (UUID) r[0];
            persons[i] = (UUID) r[1];
            programmeIds[i] = (UUID) r[2];
            basis[i] = (String) r[3];
            policy[i] = (String) r[4];
        }
        jdbc.sql("""
                insert into work_allocation(id, person_id, programme_id, facility_code, status, credit_basis, policy,
                  created_by, created_at)
                select r.id, r.p, r.g, g.facility_code, 'ACTIVE', r.b, r.pol, 'demo', :at
                from unnest(:ids::uuid[], :ps::uuid[], :gs::uuid[], :bs::text[], :pols::text[]) as r(id, p, g, b, pol)
                join work_programme g on g.id = r.g""")
                .param("at", at).param("ids", ids).param("ps", persons).param("gs", programmeIds).param("bs", basis)
                .param("pols", policy).update();
        jdbc.sql("""
                insert into work_allocation_status(id, allocation_id, status, reason, changed_by, changed_at)
                select gen_random_uuid(), id, 'ACTIVE', null, 'demo', :at from unnest(:ids::uuid[]) as r(id)""")
                .param("at", at).param("ids", ids).update();
    }

    /**
     * A month of attendance for a facility's allocations, one statement: every session day but the rest day,
     * up to yesterday. Per session about 90% attended the whole session, 2.5% part of it (below the hours that
     * make a day), 3% sick, 1.5% refused, 1.5% not required, 1% cancelled, 0.5% other; one allocation in a
     * hundred has stopped coming (refused the last ten days).
     */
    private void writeAttendance(String facility, LocalDate today) {
        jdbc.sql("""
                insert into work_attendance(id, allocation_id, person_id, programme_id, session_date, outcome, hours,
                  revision, recorded_by, recorded_at)
                select gen_random_uuid(), a.id, a.person_id, a.programme_id, s.d, o.outcome,
                       case o.outcome when 'ATTENDED' then case when o.x < 900 then g.session_hours else g.min_hours / 2 end
                                      else 0 end,
                       1, 'demo', (s.d + time '18:00') at time zone 'America/El_Salvador'
                from work_allocation a join work_programme g on g.id = a.programme_id
                cross join lateral (select d::date from generate_series(:from::date, :to::date, interval '1 day') d) s
                cross join lateral (select abs(hashtextextended(a.id::text || s.d::text, 0)) % 1000 x) h
                cross join lateral (select h.x, case
                    when abs(hashtext(a.id::text)) % 100 = 0 and s.d > :to::date - 10 then 'REFUSED'
                    when h.x < 925 then 'ATTENDED' when h.x < 955 then 'SICK' when h.x < 970 then 'REFUSED'
                    when h.x < 985 then 'NOT_REQUIRED' when h.x < 995 then 'CANCELLED' else 'OTHER' end outcome) o
                where a.facility_code = :f and a.created_by = 'demo' and a.status = 'ACTIVE'
                  and (g.rest_day is null or extract(isodow from s.d) <> g.rest_day)""")
                .param("f", facility).param("from", today.minusDays(DAYS)).param("to", today.minusDays(1)).update();
        jdbc.sql("""
                insert into work_attendance_rev(record_id, revision, outcome, hours, recorded_by, recorded_at)
                select t.id, 1, t.outcome, t.hours, t.recorded_by, t.recorded_at
                from work_attendance t join work_allocation a on a.id = t.allocation_id
                where a.facility_code = :f and t.recorded_by = 'demo'""").param("f", facility).update();
    }

    /**
     * Targets and a month of output for the workshops that make things: shoes against the national 150,000 pairs a
     * month, textile against 600,000 garments a month (per shift), bakery loaves per session — shared by the
     * number of workers. Each session's output follows the day's attendance with some spread, and 1-3 % rejects.
     */
    private void production(List<Created> created, Map<String, List<Object[]>> allocations, LocalDate today) {
        Map<UUID, Integer> workers = new HashMap<>();
        for (List<Object[]> rows : allocations.values()) for (Object[] a : rows) workers.merge((UUID) a[2], 1, Integer::sum);
        long shoeWorkers = created.stream().filter(c -> c.template().code().equals("CALZADO"))
                .mapToLong(c -> workers.getOrDefault(c.id(), 0)).sum();
        long textileWorkers = created.stream().filter(c -> c.template().code().startsWith("TEXTIL"))
                .mapToLong(c -> workers.getOrDefault(c.id(), 0)).sum();
        LocalDate from = YearMonth.from(today).minusMonths(1).atDay(1);
        for (Created c : created) {
            int n = workers.getOrDefault(c.id(), 0);
            String code = c.template().code();
            Requests.ProductionTarget t;
            double perWorker;
            if (code.equals("CALZADO")) {
                int q = (int) Math.round(WorkDemoPlan.SHOE_PAIRS_A_MONTH * (double) n / Math.max(1, shoeWorkers));
                t = new Requests.ProductionTarget("Calzado escolar", "PAIRS", "MONTH", q, from, "Paquete escolar 2027");
                perWorker = q / 25.0 / Math.max(1, n);
            } else if (code.startsWith("TEXTIL")) {
                int q = (int) Math.round(WorkDemoPlan.GARMENTS_A_MONTH * (double) n / Math.max(1, textileWorkers) / 26);
                t = new Requests.ProductionTarget("Uniformes", "GARMENTS", "SESSION", q, from, "Uniformes escolares 2027");
                perWorker = q / (double) Math.max(1, n);
            } else if (code.equals("PANADERIA")) {
                t = new Requests.ProductionTarget("Pan francés", "LOAVES", "SESSION", n * 120, from, null);
                perWorker = 120;
            } else {
                continue;
            }
            if (n == 0) continue;
            production.setTarget(c.id(), t, null);
            jdbc.sql("""
                    insert into work_production(id, programme_id, session_date, team, quantity, rejects, recorded_by, recorded_at)
                    select gen_random_uuid(), programme_id, session_date, '', q, round(q * (10 + h % 20) / 1000.0), 'demo',
                           (session_date + time '19:00') at time zone 'America/El_Salvador'
                    from (select programme_id, session_date, abs(hashtext(programme_id::text || session_date::text)) h,
                                 round(count(*) filter (where outcome = 'ATTENDED') * :rate
                                       * (0.86 + abs(hashtext(session_date::text || programme_id::text)) % 20 / 100.0))::int q
                          from work_attendance where programme_id = :g group by programme_id, session_date) d""")
                    .param("g", c.id()).param("rate", perWorker).update();
        }
    }

    /** The judge's approval for a few hundred persons' credits of last month, in batches through the service. */
    private int certify(String month) {
        List<UUID> persons = jdbc.sql("""
                select distinct c.person_id from work_credit c
                where c.status = 'PENDING' and c.basis = 'COUNTED' and to_char(c.credit_day, 'YYYY-MM') = :m
                order by c.person_id limit :n""").param("m", month).param("n", CERTIFIED_PERSONS).query(UUID.class).list();
        int done = 0;
        for (UUID p : persons) { // one transaction each: a person the engine refuses (e.g. released) is skipped alone
            String constancia = "CR-" + month + "-" + p.toString().substring(0, 8).toUpperCase();
            try {
                done += certifications.certify(new Requests.Certification(month, List.of(new Requests.Decision(p,
                        "APPROVED", null, constancia, sha256(constancia)))), null).size();
            } catch (ProblemException e) {
                log.debug("Demo work: certification of {} refused: {}", p, e.fields());
            }
        }
        return done;
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
