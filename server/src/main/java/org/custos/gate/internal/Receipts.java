package org.custos.gate.internal;

import java.util.Optional;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.ledger.Ledger;
import org.springframework.stereotype.Component;

/** The visitor's receipt for a gate entry: the ledger's tlog-proof for the entry's event, once sequenced. */
@Component
public class Receipts {

    /** The receipt of an entry: its leaf index and proof text, both empty while pending. */
    public record Receipt(EntryRow entry, Optional<Long> index, Optional<String> text, String verifierKey) {
        public boolean pending() {
            return text.isEmpty();
        }
    }

    private final Ledger ledger;
    private final GateQueries queries;

    Receipts(Ledger ledger, GateQueries queries) {
        this.ledger = ledger;
        this.queries = queries;
    }

    public Receipt of(UUID entryId, CurrentUser caller) {
        EntryRow entry = queries.entry(entryId, caller);
        Optional<String> text = ledger.receipt(entry.eventId());
        Optional<Long> index = text.isPresent() ? ledger.leafIndex(entry.eventId()) : Optional.empty();
        return new Receipt(entry, index, text, ledger.verifierKey());
    }
}
