package org.custos.bench.ledger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * Load driver for the ledger of a running server, plain JDK HttpClient on loopback.
 *
 * <pre>
 * java -cp bench/target/custos-bench.jar org.custos.bench.ledger.LedgerLoad http://localhost:8080 user:password proofs 5000
 * java -cp bench/target/custos-bench.jar org.custos.bench.ledger.LedgerLoad http://localhost:8080 clerk:password bulk 20 body.json
 * </pre>
 * {@code proofs N}: N inclusion proofs at random indexes of the latest checkpoint, p50/p99.
 * {@code bulk N file}: posts {@code file} N times to {@code /api/v1/admissions/bulk} (the registry's bulk
 * admission API; each body's records become ledger entries), then reports the rate and how long after the
 * last response a checkpoint covered everything.
 */
public final class LedgerLoad {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String auth;

    private LedgerLoad(String base, String userColonPassword) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        LedgerLoad load = new LedgerLoad(args[0], args[1]);
        switch (args[2]) {
            case "proofs" -> load.proofs(Integer.parseInt(args[3]));
            case "bulk" -> load.bulk(Integer.parseInt(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException("mode: proofs | bulk");
        }
    }

    private long checkpointSize() throws Exception {
        return Long.parseLong(get("/ledger/checkpoint").split("\n")[1]);
    }

    private void proofs(int n) throws Exception {
        long size = checkpointSize();
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long index = Math.floorMod(i * 2_654_435_761L, size);
            long s = System.nanoTime();
            get("/api/v1/ledger/proofs/inclusion?index=" + index + "&size=" + size);
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("inclusion proofs, tree %d: n=%d p50 %.2f ms p99 %.2f ms%n", size, n, ns[n / 2] / 1e6,
                ns[(int) (n * 0.99)] / 1e6);
    }

    private void bulk(int n, Path body) throws Exception {
        byte[] json = Files.readAllBytes(body);
        long before = Long.parseLong(get("/ledger/checkpoint").split("\n")[1]);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admissions/bulk"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        }
        long t1 = System.nanoTime();
        long size = checkpointSize();
        long changed = System.nanoTime();
        while (System.nanoTime() - changed < 2_000_000_000L) { // until the checkpoint stops growing for 2 s
            Thread.sleep(20);
            long now = checkpointSize();
            if (now != size) {
                size = now;
                changed = System.nanoTime();
            }
        }
        long t2 = Math.max(changed, t1);
        System.out.printf("bulk: %d requests in %.2f s; checkpoint at size %d (+%d entries) %.0f ms after the last response;"
                + " %.0f entries/s end to end%n", n, (t1 - t0) / 1e9, size, size - before, (t2 - t1) / 1e6,
                (size - before) / ((t2 - t0) / 1e9));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + r.statusCode());
        }
        return r.body();
    }
}
