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
import org.springframework.context.ApplicationEventPublisher;
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
 * attendance and its first revisions, output — are written set-based by SQL, {@code recorded_by = 'demo'}, and
 * committed to the ledger by one event per batch ({@link WorkDemoSeed}: a roster event per programme and session
 * day, not one per row, which for 1.1 million attendance records would dominate the start). Runs once.
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
    private final WorkDemoSeed seed;

    WorkDemo(JdbcClient jdbc, TransactionTemplate tx, ProgrammeService programmes, WorkCreditService credits,
             CertificationService certifications, ProductionService production, PayService pay,
             WorkCredits sentencing, WorkSettings settings, ApplicationEventPublisher events) {
        this.seed = new WorkDemoSeed(jdbc, events);
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
        Map<String, List<Object[]>> profiles = new LinkedHashMap<>();
        Map<String, List<Object[]>> allocations = new LinkedHashMap<>();
        List<Created> created = new ArrayList<>();
        for (var e : byFacility.entrySet()) {
            List<WorkDemoPlan.Template> plan = WorkDemoPlan.programmes(e.getKey());
            int[] counts = new int[plan.size()];
            List<Object[]> mine = new ArrayList<>();
            for (Person p : e.getValue()) {
                WorkDemoPlan.Profile f = WorkDemoPlan.profile(p.personId(), e.getKey());
                profiles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Object[] {UUID.randomUUID(), p.personId(), f.medicalFit(), f.securityLevel(),
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
        OffsetDateTime profiledAt = settings.now().minusDays(DAYS + 20);
        profiles.forEach((facility, rows) -> tx.executeWithoutResult(s -> seed.profiles(facility, rows, profiledAt)));
        int allocated = 0;
        for (var e : allocations.entrySet()) {
            allocated += e.getValue().size();
            tx.executeWithoutResult(s -> seed.allocations(e.getKey(), e.getValue(), allocatedAt));
        }
        long seeded = System.nanoTime();
        LocalDate today = settings.today();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> parts = new ArrayList<>();
            for (Created c : created) { // one transaction per programme: a month of its rosters
                parts.add(pool.submit(() -> tx.executeWithoutResult(s -> seed.attendance(c.id(), c.facility(),
                        today.minusDays(DAYS), today.minusDays(1)))));
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
            double rate = perWorker;
            tx.executeWithoutResult(s -> seed.production(c.id(), c.facility(), rate));
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
