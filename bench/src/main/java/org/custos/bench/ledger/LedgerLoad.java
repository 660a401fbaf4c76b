package org.custos.bench.ledger;

import org.custos.bench.http.AdmissionJson;

import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for the ledger of a running server, through the HTTP API on loopback (bench/scripts/ledger-bench.sh).
 * <pre>
 * LedgerLoad setup  BASE ADMIN_ONE_TIME_PASSWORD PASSWORD          (prints the facility code)
 * LedgerLoad bulk   BASE USER PASSWORD FACILITY REQUESTS PER_REQUEST CONCURRENCY
 * LedgerLoad single BASE USER PASSWORD FACILITY REQUESTS CONCURRENCY
 * LedgerLoad checkpoint BASE USER PASSWORD FACILITY APPENDS
 * LedgerLoad proofs BASE USER PASSWORD REQUESTS CONCURRENCY
 * </pre>
 * Appends are admissions ({@code POST /api/v1/admissions[/bulk]}): each is one custody record and its ledger
 * entry, committed durably before the response. Rates count entries that a checkpoint covers afterwards.
 */
public final class LedgerLoad {

    private LedgerLoad() {
    }

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "setup" -> System.out.println(BenchSetup.run(a[1], a[2], a[3]));
            case "bulk" -> appends(a[1], a[2], a[3], a[4], Integer.parseInt(a[5]), Integer.parseInt(a[6]),
                    Integer.parseInt(a[7]));
            case "single" -> appends(a[1], a[2], a[3], a[4], Integer.parseInt(a[5]), 0, Integer.parseInt(a[6]));
            case "checkpoint" -> CheckpointLatency.run(Http.bearer(a[1], a[2], a[3]), a[4], Integer.parseInt(a[5]));
            case "proofs" -> ProofLoad.run(Http.bearer(a[1], a[2], a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]));
            default -> throw new IllegalArgumentException("mode: setup | bulk | single | checkpoint | proofs");
        }
    }

    /** {@code perRequest} 0: one admission per {@code POST /api/v1/admissions}; else arrays to {@code /bulk}. */
    static void appends(String base, String user, String password, String facility, int requests, int perRequest,
                        int concurrency) throws Exception {
        Http http = Http.bearer(base, user, password);
        AdmissionJson gen = new AdmissionJson(facility, System.nanoTime());
        String path = perRequest == 0 ? "/api/v1/admissions" : "/api/v1/admissions/bulk";
        for (int i = 0; i < 20; i++) { // warm-up, not counted in the latencies (counted in the tree)
            http.ok("POST", path, perRequest == 0 ? gen.one() : gen.array(10));
        }
        long before = waitForCheckpoint(http, -1);
        Percentiles latencies = new Percentiles(requests);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    while (next.getAndIncrement() < requests) {
                        String body = perRequest == 0 ? gen.one() : gen.array(perRequest);
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send("POST", path, body);
                            if (r.statusCode() / 100 != 2 || r.body().contains("\"problems\":[{")) {
                                failures.incrementAndGet();
                                System.err.println(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - s);
                    }
                    return null;
                });
            }
        }
        long t1 = System.nanoTime();
        long expected = (long) requests * Math.max(1, perRequest);
        long after = waitForCheckpoint(http, before + expected - (long) failures.get() * Math.max(1, perRequest));
        long t2 = System.nanoTime();
        double secs = (t1 - t0) / 1e9;
        System.out.printf("%s: %d requests x %d admissions, concurrency %d, failures %d%n", perRequest == 0 ? "single" : "bulk",
                requests, Math.max(1, perRequest), concurrency, failures.get());
        System.out.printf("  %.2f s; %.0f requests/s; %.0f appends/s acknowledged (durably committed); request latency %s%n",
                secs, requests / secs, expected / secs, latencies.summary());
        System.out.printf("  checkpoint covered all %d new entries %.0f ms after the last response: %.0f entries/s"
                + " appended and checkpointed end to end%n", after - before, (t2 - t1) / 1e6, (after - before) / ((t2 - t0) / 1e9));
    }

    /** Waits until the checkpoint reaches {@code size} (or, with -1, stops growing for 1.5 s); returns its size. */
    static long waitForCheckpoint(Http http, long size) throws Exception {
        long last = http.checkpointSize();
        long changed = System.nanoTime();
        while (size >= 0 ? last < size : System.nanoTime() - changed < 1_500_000_000L) {
            Thread.sleep(5);
            long now = http.checkpointSize();
            if (now != last) {
                last = now;
                changed = System.nanoTime();
            }
            if (System.nanoTime() - changed > 60_000_000_000L) {
                throw new IllegalStateException("checkpoint stuck at " + last + ", expected " + size);
            }
        }
        return last;
    }
}
