package org.custos.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether anonymous callers may GET the ledger's static tile API ({@code /ledger/**}); referenced by
 * {@link org.custos.identity.Access#READ_LEDGER_TILES}. Off unless {@code custos.ledger.public-read=true}:
 * entries carry no personal data, but publishing is the operator's decision.
 */
@Component("publicLedgerRead")
public class PublicLedgerRead {

    private final boolean enabled;

    PublicLedgerRead(@Value("${custos.ledger.public-read:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
