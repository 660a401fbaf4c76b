package org.custos.ledger.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.custos.ledger.CheckpointSigned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one sequencer thread of this instance: woken after each commit that wrote entries and on a short
 * timer, it integrates all pending entries (group commit, batches of {@code custos.ledger.batch-size}),
 * then signs a checkpoint if the tree grew and the last one is older than {@code checkpoint-interval},
 * and hands it to the witnesses on another thread.
 */
@Component
class LedgerWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerWorker.class);
    private final Sequencer sequencer;
    private final Checkpoints checkpoints;
    private final Witnesses witnesses;
    private final EntryStore entries;
    private final SequencerSignal signal;
    private final LedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final Baseline baseline;
    private final ExecutorService witnessThread = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private final AtomicReference<StoredCheckpoint> toWitness = new AtomicReference<>();
    private volatile boolean running;
    private volatile Thread thread;
    private long lastSigned;
    private boolean backfilled;
    private String lastError;
    /** Rounds that ended in an error (a refusal to sign, a failed sequencing); read by tests and status. */
    private volatile long failedRounds;
    private boolean offeredSinceStart;

    LedgerWorker(Sequencer sequencer, Checkpoints checkpoints, Witnesses witnesses, EntryStore entries,
                 SequencerSignal signal, LedgerProperties properties, ApplicationEventPublisher events,
                 Baseline baseline) {
        this.baseline = baseline;
        this.sequencer = sequencer;
        this.checkpoints = checkpoints;
        this.witnesses = witnesses;
        this.entries = entries;
        this.signal = signal;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void start() {
        baseline.run(); // before serving: the first start on content v2 commits the rows that existed before it
        running = true;
        thread = Thread.ofPlatform().daemon().name("ledger-sequencer").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        witnessThread.shutdownNow();
    }

    private void offer(StoredCheckpoint cp) {
        if (witnesses.any() && toWitness.getAndSet(cp) == null) {
            witnessThread.execute(() -> witnesses.submit(toWitness.getAndSet(null)));
        }
    }

    long failedRounds() {
        return failedRounds;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            Duration wait = properties.pollInterval();
            try {
                while (!backfilled && running && entries.backfill(properties.batchSize()) > 0) {
                    log.info("Ledger: wrote entries for records kept before the ledger existed");
                }
                backfilled = true; // since then the deferred trigger refuses any record without its entry
                while (running && sequencer.integrate(properties.batchSize()) == properties.batchSize()) {
                    Thread.onSpinWait();
                }
                wait = sign(wait);
                lastError = null;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                failedRounds++;
                if (!String.valueOf(e.getMessage()).equals(lastError)) {
                    lastError = String.valueOf(e.getMessage());
                    log.error("Ledger: sequencing or signing stopped: {}", lastError, e);
                }
            }
            try {
                signal.await(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Signs if due; returns how long to wait before the next round. */
    private Duration sign(Duration wait) {
        long interval = properties.checkpointInterval().toMillis();
        long sinceLast = System.currentTimeMillis() - lastSigned;
        if (sinceLast < interval) {
            return Duration.ofMillis(Math.min(wait.toMillis(), interval - sinceLast));
        }
        Optional<StoredCheckpoint> signed = checkpoints.signIfGrown();
        if (signed.isPresent()) {
            StoredCheckpoint cp = signed.get();
            lastSigned = System.currentTimeMillis();
            events.publishEvent(new CheckpointSigned(properties.origin(), cp.size(), cp.root().toBase64()));
            offer(cp);
        } else if (!offeredSinceStart) {
            // a witness attached to a quiet log must not wait for the tree to grow: offer it the latest checkpoint
            checkpoints.latest().ifPresent(this::offer);
        }
        offeredSinceStart = true;
        return wait;
    }
}
