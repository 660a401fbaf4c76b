package org.custos.ledger;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The result of the ledger's latest self-check (for the monitors' console), without its findings' details. */
public interface SelfAudits {

    record Summary(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, long treeSize, long entries,
                   boolean ok, int findings) {
    }

    Optional<Summary> latest();
}
