package org.custos.ledger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.custos.identity.Role;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures (prints, never asserts) the ledger's write path, sequencer and proof serving against the
 * embedded PostgreSQL. Run: {@code -Dtest=LedgerThroughputBenchmark -Dcustos.bench=true}; figures go to
 * docs/performance.md. Without {@code custos.bench=true} it runs once tiny in the test suite (2 batches, 1 s, 50
 * proofs) so that it keeps working; its figures then mean nothing.
 */
@CustosTest
@Tag("benchmark")
class LedgerThroughputBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        LedgerFixture fixture = new LedgerFixture(tx, events, ledger);
        fixture.appendBatch(1000); // warm-up
        fixture.indexOf(fixture.append("warm").eventId());

        boolean full = Boolean.getBoolean("custos.bench");
        int batches = Integer.getInteger("custos.bench.batches", full ? 100 : 2);
        int seconds = Integer.getInteger("custos.bench.seconds", full ? 10 : 1);
        int proofs = Integer.getInteger("custos.bench.proofs", full ? 5000 : 50);
        long t0 = System.nanoTime();
        List<UUID> last = null;
        for (int i = 0; i < batches; i++) {
            last = fixture.appendBatch(1000);
        }
        long written = System.nanoTime();
        long lastIndex = fixture.indexOf(last.get(last.size() - 1));
        long sequenced = System.nanoTime();
        LedgerFixture.waitFor(Duration.ofSeconds(30), () -> LedgerTest.parse(ledger.latestCheckpoint().orElseThrow()).size() > lastIndex);
        long checkpointed = System.nanoTime();
        System.out.printf("ledger-bench: bulk %d x 1000 events: written %.0f/s; sequenced+written %.0f/s; "
                        + "last checkpoint %d ms after the last commit%n",
                batches, batches * 1000 / secs(t0, written), batches * 1000 / secs(t0, sequenced), (checkpointed - written) / 1_000_000);

        int threads = 32;
        AtomicLong count = new AtomicLong();
        long[][] lat = new long[threads][];
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int id = t;
                pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        fixture.append("single");
                        mine.add(System.nanoTime() - s);
                        count.incrementAndGet();
                    }
                    lat[id] = mine.stream().mapToLong(Long::longValue).toArray();
                    return null;
                });
            }
        }
        long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("ledger-bench: %d threads, one event per transaction: %.0f durable appends/s, p50 %.2f ms, p99 %.2f ms%n",
                threads, count.get() / (double) seconds, pct(all, 0.50), pct(all, 0.99));

        String user = users.with(Role.MONITOR);
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        long size = LedgerTest.parse(ledger.latestCheckpoint().orElseThrow()).size();
        HttpClient client = HttpClient.newHttpClient();
        long[] proof = new long[proofs];
        int warm = full ? 1000 : 10;
        for (int i = 0; i < proof.length + warm; i++) {
            long index = (i * 7919L) % size;
            long s = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/ledger/proofs/inclusion?index=" + index + "&size=" + size)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(r.body());
            }
            if (i >= warm) {
                proof[i - warm] = System.nanoTime() - s;
            }
        }
        Arrays.sort(proof);
        System.out.printf("ledger-bench: inclusion proof over HTTP (loopback, basic auth, tree %d): p50 %.2f ms, p99 %.2f ms%n",
                size, pct(proof, 0.5), pct(proof, 0.99));
        long[] direct = new long[proofs];
        for (int i = 0; i < direct.length; i++) {
            UUID e = last.get(i % last.size());
            long s = System.nanoTime();
            ledger.receipt(e).orElseThrow();
            direct[i] = System.nanoTime() - s;
        }
        Arrays.sort(direct);
        System.out.printf("ledger-bench: receipt built in-process (lookup + proof + checkpoint): p50 %.2f ms, p99 %.2f ms%n",
                pct(direct, 0.5), pct(direct, 0.99));
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
