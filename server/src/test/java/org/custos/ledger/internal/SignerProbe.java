package org.custos.ledger.internal;

import java.time.Duration;
import org.custos.support.Conditions;
import org.springframework.context.ApplicationContext;

/**
 * What the ledger's one sequencer and signer thread did, for tests that must know it ran rather than sleep and
 * hope: how many of its rounds ended in an error, such as a refusal to sign a tree that does not extend the
 * checkpoint it signed before.
 */
public final class SignerProbe {

    private final LedgerWorker worker;

    public SignerProbe(ApplicationContext context) {
        this.worker = context.getBean(LedgerWorker.class);
    }

    public long failedRounds() {
        return worker.failedRounds();
    }

    /** Waits until a round after {@code before} has ended in an error. */
    public void awaitRefusalAfter(long before) {
        Conditions.waitFor(Duration.ofSeconds(30), () -> worker.failedRounds() > before);
    }
}
