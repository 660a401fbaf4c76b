package org.custos.bench.ledger;

import org.custos.bench.http.AdmissionJson;

/**
 * Checkpoint latency: one admission at a time, then polls {@code /ledger/checkpoint} (every 2 ms) until its
 * size covers the new entry; the time from sending the append to seeing the checkpoint.
 */
final class CheckpointLatency {

    private CheckpointLatency() {
    }

    static void run(Http http, String facility, int appends) throws Exception {
        AdmissionJson gen = new AdmissionJson(facility, System.nanoTime() + 7);
        Percentiles ack = new Percentiles(appends);
        Percentiles covered = new Percentiles(appends);
        long size = LedgerLoad.waitForCheckpoint(http, -1);
        for (int i = 0; i < appends; i++) {
            long t0 = System.nanoTime();
            http.ok("POST", "/api/v1/admissions", gen.one());
            ack.add(System.nanoTime() - t0);
            while (http.checkpointSize() <= size) {
                Thread.sleep(2);
            }
            covered.add(System.nanoTime() - t0);
            size = http.checkpointSize();
            Thread.sleep(50 + (i * 37) % 100); // appends at irregular moments relative to the signing timer
        }
        System.out.println("append acknowledged (durable): " + ack.summary());
        System.out.println("append to checkpoint covering it: " + covered.summary());
    }
}
