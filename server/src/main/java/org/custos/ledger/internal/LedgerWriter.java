package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.shared.events.OutboxRow;
import org.custos.shared.events.OutboxRowsWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the ledger entry of every custody record in the transaction that wrote the record. The outbox
 * row ({@code OutboxWriter}) is the one source of truth: just before commit, the entries are computed from
 * the outbox rows this transaction wrote, exactly as they were stored ({@link OutboxRowsWritten}: the values
 * and JSON text sent to the database, so nothing is read back), so an entry is always a function of the stored
 * record and its salt; the audit recomputes it from the stored row. A deferred constraint trigger refuses to
 * commit an outbox row without its entry. After commit the sequencer is woken.
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
    void on(OutboxRowsWritten written) {
        List<OutboxRecord> pending = pending();
        for (OutboxRow row : written.rows()) {
            pending.add(OutboxRecord.of(row));
        }
    }

    @SuppressWarnings("unchecked")
    private List<OutboxRecord> pending() {
        List<OutboxRecord> records = (List<OutboxRecord>) TransactionSynchronizationManager.getResource(KEY);
        if (records == null) {
            List<OutboxRecord> created = new ArrayList<>();
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
            records = created;
        }
        return records;
    }
}
