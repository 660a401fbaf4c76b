package org.custos.ledger;

import java.util.Optional;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/**
 * The tamper-evident ledger. Every {@link CustodyEvent} published inside a transaction gets a ledger
 * entry in that same transaction (no record without its entry, no entry without its record); after
 * commit the sequencer gives it a leaf index and a signed checkpoint follows within about a second.
 */
public interface Ledger {

    /**
     * Appends {@code event}: publishes it in the caller's transaction (which must exist), so that the
     * outbox row and the ledger entry are written with the record it proves.
     */
    void append(CustodyEvent event);

    /** The leaf index of the entry for this event, once sequenced. */
    Optional<Long> leafIndex(UUID eventId);

    /**
     * A receipt for the event's entry ({@code c2sp.org/tlog-proof@v1}; the entry itself in the
     * {@code extra} line), once a checkpoint covers it. Verifies offline with the log's verifier key.
     */
    Optional<String> receipt(UUID eventId);

    /** The latest signed checkpoint with the witnesses' cosignatures, as a signed note. */
    Optional<String> latestCheckpoint();

    /** The log's verifier key ({@code <origin>+<key id>+<base64>}). */
    String verifierKey();
}
