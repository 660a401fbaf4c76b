package org.custos.bench.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load driver: N admissions through {@code POST /api/v1/admissions/bulk} (JSON arrays, every
 * validation, each admission a custody event on the transparency log), in batches, on loopback.
 * Usage: {@code BulkAdmissionLoad <base-url> <user> <password> [admissions] [batch] [facility] [concurrency]}.
 */
public final class BulkAdmissionLoad {

    private BulkAdmissionLoad() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        String facility = args.length > 5 ? args[5] : "LA-ESPERANZA";
        int concurrency = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        LoadClient client = new LoadClient(args[0], args[1], args[2]);
        AdmissionJson admissions = new AdmissionJson(facility, System.nanoTime());
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < total; from += batch) {
            bodies.add(admissions.array(Math.min(batch, total - from)));
        }
        Latencies latencies = new Latencies(bodies.size());
        long started = System.nanoTime();
        int admitted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (String body : bodies) {
                results.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.post("/api/v1/admissions/bulk", "application/json", body);
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    return r.body().split("\"bookingNumber\"", -1).length - 1;
                }));
            }
            for (Future<Integer> f : results) {
                admitted += f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("bulk admissions=%d admitted=%d in %.1f s = %.0f admissions/s; per batch of %d: %s%n",
                total, admitted, seconds, admitted / seconds, batch, latencies.summary(seconds));
        if (admitted != total) {
            System.exit(1);
        }
    }
}
