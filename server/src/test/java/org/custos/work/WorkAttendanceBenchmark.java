package org.custos.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures (prints, never asserts) one day of attendance through the bulk API, with its outbox rows and ledger
 * entries: {@code custos.bench.workers} workers (default 48,000) in workshops of 600, one request per workshop,
 * and the read of one workshop's roster. Set-up writes the workers' projection and allocations with SQL (only the
 * attendance path is measured). Run: {@code -Dtest=WorkAttendanceBenchmark -Dcustos.bench=true}.
 */
@CustosTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "custos.bench", matches = "true")
class WorkAttendanceBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        int workers = Integer.getInteger("custos.bench.workers", 48_000);
        int size = 600;
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        List<UUID> programmes = new ArrayList<>();
        for (int i = 0; i < workers / size; i++) {
            UUID g = fx.createProgramme(fx.programme("WORKSHOP"));
            programmes.add(g);
            jdbc.sql("""
                    with p as (insert into work_person(person_id, booking_number, facility_code, legal_status, held, updated_at)
                               select gen_random_uuid(), 'B-' || :g || '-' || n, :f, 'CONVICTED', true, now() - interval '2 days'
                               from generate_series(1, :n) n returning person_id)
                    insert into work_allocation(id, person_id, programme_id, facility_code, status, credit_basis, policy,
                      created_by, created_at)
                    select gen_random_uuid(), person_id, :gid, :f, 'ACTIVE', 'COUNTED', 'bench', 'bench', now() - interval '2 days'
                    from p""").param("g", i).param("f", fx.facility).param("n", size).param("gid", g).update();
        }
        LocalDate day = WorkFixtures.today();
        List<String> bodies = new ArrayList<>();
        for (UUID g : programmes) {
            List<Map<String, Object>> marks = jdbc.sql("select person_id from work_allocation where programme_id = :g")
                    .param("g", g).query(UUID.class).list().stream().map(p -> Map.<String, Object>of("personId", p)).toList();
            bodies.add(Api.json(Map.of("date", day.toString(), "records", marks)));
        }
        Api api = Api.as(port, fx.managerName);
        api.get("/api/v1/work/programmes/" + programmes.get(0) + "/attendance?date=" + day); // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < programmes.size(); i++) {
            Api.Response r = api.post("/api/v1/work/programmes/" + programmes.get(i) + "/attendance", bodies.get(i));
            if (r.status() != 201) throw new AssertionError(r.body());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long[] reads = new long[5];
        for (int i = 0; i < reads.length; i++) {
            long s = System.nanoTime();
            api.get("/api/v1/work/programmes/" + programmes.get(i) + "/attendance?date=" + day);
            reads[i] = (System.nanoTime() - s) / 1_000_000;
        }
        System.out.printf("work-bench: %d workers, %d requests of %d: %d ms (%.0f records/s with outbox and ledger);"
                        + " roster read of %d: %s ms%n", workers, programmes.size(), size, ms, workers * 1000.0 / ms, size,
                java.util.Arrays.toString(reads));
    }
}
