package org.custos.ledger.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the sequencer: released after each commit that wrote entries, awaited with a timeout. */
@Component
class SequencerSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits for a wake-up or the timeout, then drains any further wake-ups (they are served together). */
    void await(Duration timeout) throws InterruptedException {
        if (permits.tryAcquire(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
