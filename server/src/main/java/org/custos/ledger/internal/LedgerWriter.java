package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the ledger entry of every custody record in the transaction that wrote the record. The outbox
 * row ({@code OutboxWriter}) is the one source of truth: just before commit, the entries are computed from
 * the outbox rows this transaction wrote, so an entry is always a function of the stored record and its
 * salt. A deferred constraint trigger refuses to commit an outbox row without its entry. After commit the
 * sequencer is woken.
 */
@Component
class LedgerWriter {

    private static final Object KEY = new Object();
    private final EntryStore store;
    private final SequencerSignal signal;

    LedgerWriter(EntryStore store, SequencerSignal signal) {
        this.store = store;
        this.signal = signal;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEvent event) {
        pending().add(event.eventId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        List<UUID> ids = pending();
        batch.events().forEach(e -> ids.add(e.eventId()));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> pending() {
        List<UUID> ids = (List<UUID>) TransactionSynchronizationManager.getResource(KEY);
        if (ids == null) {
            List<UUID> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    store.writeEntries(created);
                }

                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(KEY);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(KEY, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                    if (status == STATUS_COMMITTED) {
                        signal.wake();
                    }
                }
            });
            ids = created;
        }
        return ids;
    }
}
