package org.custos.operations;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.custos.support.Api;
import org.custos.support.RegistryFixtures;

/**
 * Admissions over HTTP on a few threads until stopped; remembers every acknowledged one (201 with its person id)
 * and counts the refused or failed ones. A failed request is not retried: it may or may not have been written,
 * and only acknowledged writes are promised.
 */
final class AdmissionLoad implements AutoCloseable {

    private final Api clerk;
    private final String facility;
    private final Queue<UUID> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> threads;
    private volatile boolean running = true;

    AdmissionLoad(Api clerk, String facility, int threads) {
        this.clerk = clerk;
        this.facility = facility;
        this.threads = java.util.stream.IntStream.range(0, threads)
                .mapToObj(i -> Thread.ofVirtual().name("admission-load-" + i).start(this::loop)).toList();
    }

    private void loop() {
        while (running) {
            try {
                Api.Response r = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)),
                        UUID.randomUUID().toString());
                if (r.status() == 201) {
                    acknowledged.add(UUID.fromString(r.json().get("personId").asString()));
                } else {
                    failed.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
            }
        }
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    long failedCount() {
        return failed.get();
    }

    List<UUID> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Waits (polling) until the condition holds or the deadline passes; returns whether it held. */
    static boolean await(long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
    }
}
