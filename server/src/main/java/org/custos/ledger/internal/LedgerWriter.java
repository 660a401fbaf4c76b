package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.shared.events.OutboxRow;
import org.custos.shared.events.OutboxRowsWritten;
import org.custos.shared.events.RowsWritten;
import org.custos.shared.events.WrittenRows;
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
 * commit an outbox row without its entry. The rows each event names ({@code CustodyEvent.writtenRows()}) are read
 * at that same moment, just before commit ({@link RowSnapshots}), and the entry commits to them (content v2).
 * After commit the sequencer is woken.
 */
@Component
class LedgerWriter {

    private static final Object KEY = new Object();
    private final EntryStore store;
    private final SequencerSignal signal;
    private final RowSnapshots snapshots;

    LedgerWriter(EntryStore store, SequencerSignal signal, RowSnapshots snapshots) {
        this.store = store;
        this.signal = signal;
        this.snapshots = snapshots;
    }

    /** A record to write an entry for, with the rows its event named. */
    private record Pending(OutboxRecord record, List<WrittenRows> rows) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OutboxRowsWritten written) {
        List<Pending> pending = transaction().pending;
        for (OutboxRow row : written.rows()) {
            pending.add(new Pending(OutboxRecord.of(row), row.writtenRows()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RowsWritten written) {
        transaction().byListeners.computeIfAbsent(written.eventId(), k -> new ArrayList<>()).addAll(written.rows());
    }

    /** What this transaction wrote: outbox records, and rows listeners wrote for an event. */
    private static final class Written {
        final List<Pending> pending = new ArrayList<>();
        final Map<UUID, List<WrittenRows>> byListeners = new LinkedHashMap<>();

        Map<UUID, List<WrittenRows>> named() {
            Map<UUID, List<WrittenRows>> named = new LinkedHashMap<>();
            for (Pending p : pending) {
                List<WrittenRows> rows = new ArrayList<>(p.rows());
                rows.addAll(byListeners.getOrDefault(p.record().eventId(), List.of()));
                if (!rows.isEmpty()) {
                    named.put(p.record().eventId(), rows);
                }
            }
            return named;
        }
    }

    private Written transaction() {
        Written records = (Written) TransactionSynchronizationManager.getResource(KEY);
        if (records == null) {
            Written created = new Written();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    store.writeEntries(created.pending.stream().map(Pending::record).toList(),
                            snapshots.take(created.named()));
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
