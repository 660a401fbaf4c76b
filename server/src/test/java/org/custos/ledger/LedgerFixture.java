package org.custos.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.support.Conditions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends test events through the real event path and waits (by polling) for the ledger to catch up. */
final class LedgerFixture {

    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;

    LedgerFixture(TransactionTemplate tx, ApplicationEventPublisher events, Ledger ledger) {
        this.tx = tx;
        this.events = events;
        this.ledger = ledger;
    }

    LedgerTestEvent append(String name) {
        LedgerTestEvent e = LedgerTestEvent.of(name);
        tx.executeWithoutResult(s -> ledger.append(e));
        return e;
    }

    List<UUID> appendBatch(int n) {
        List<CustodyEvent> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(LedgerTestEvent.of("Person " + i));
        }
        tx.executeWithoutResult(s -> events.publishEvent(new CustodyEventBatch(batch)));
        return batch.stream().map(CustodyEvent::eventId).toList();
    }

    long indexOf(UUID eventId) {
        waitFor(Duration.ofSeconds(10), () -> ledger.leafIndex(eventId).isPresent());
        return ledger.leafIndex(eventId).orElseThrow();
    }

    String receipt(UUID eventId) {
        waitFor(Duration.ofSeconds(10), () -> ledger.receipt(eventId).isPresent());
        return ledger.receipt(eventId).orElseThrow();
    }

    static void waitFor(Duration timeout, BooleanSupplier condition) {
        Conditions.waitFor(timeout, condition);
    }
}
