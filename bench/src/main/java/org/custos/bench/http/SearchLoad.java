package org.custos.bench.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver: person searches through the HTTP API on loopback, by partial name (accent-less,
 * either surname), document number and booking number; prints latency percentiles.
 * Usage: {@code SearchLoad <base-url> <user> <password> [requests] [concurrency]}.
 */
public final class SearchLoad {

    private static final List<String> NAMES = List.of("hernandez", "lopez jose", "martinez", "garcia maria",
            "rodriguez carlos", "flores", "menjivar", "quintanilla", "guevara", "ramirez ana", "penate", "munoz",
            "perez", "cruz juan", "ayala", "orellana", "argueta", "escobar", "zelaya", "canas");

    private SearchLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        LoadClient client = new LoadClient(base, args[1], args[2]);
        for (int i = 0; i < 200; i++) {
            client.get(path(i));
        }
        Latencies latencies = new Latencies(requests);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            if (client.get(path(i)).statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("search " + latencies.summary(seconds) + " failures=" + failures.get()
                + " concurrency=" + concurrency);
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    private static String path(int i) {
        return switch (i % 4) {
            case 0, 1 -> "/api/v1/persons?q=" + URLEncoder.encode(NAMES.get(i % NAMES.size()), StandardCharsets.UTF_8);
            case 2 -> "/api/v1/persons?document=" + String.format("%08d", 1_000_000 + (i * 7919L) % 50_000_000L);
            default -> "/api/v1/persons?booking=" + URLEncoder.encode("SV-", StandardCharsets.UTF_8) + (i % 1000);
        };
    }
}
