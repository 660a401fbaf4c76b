package org.custos.bench.ledger;

import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inclusion proofs at spread indexes of the latest checkpoint, with a bearer token: client-side latency and the
 * server's own time for the proof (the {@code Server-Timing: proof;dur=} header the ledger API sets).
 */
final class ProofLoad {

    private static final Pattern DUR = Pattern.compile("proof;dur=([0-9.]+)");

    private ProofLoad() {
    }

    static void run(Http http, int requests, int concurrency) throws Exception {
        long size = http.checkpointSize();
        for (int i = 0; i < 500; i++) {
            http.ok("GET", path(i, size), null);
        }
        Percentiles client = new Percentiles(requests);
        Percentiles server = new Percentiles(requests);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = http.send("GET", path(i, size), null);
                        client.add(System.nanoTime() - s);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("proof -> " + r.statusCode() + " " + r.body());
                        }
                        Matcher m = DUR.matcher(r.headers().firstValue("Server-Timing").orElse(""));
                        if (m.find()) {
                            server.add((long) (Double.parseDouble(m.group(1)) * 1e6));
                        }
                    }
                    return null;
                });
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("inclusion proofs, tree %d, concurrency %d: %.0f requests/s%n", size, concurrency, requests / secs);
        System.out.println("  HTTP round trip (bearer): " + client.summary());
        System.out.println("  in the server (Server-Timing): " + server.summary());
    }

    private static String path(int i, long size) {
        return "/api/v1/ledger/proofs/inclusion?index=" + Math.floorMod(i * 2_654_435_761L, size) + "&size=" + size;
    }
}
