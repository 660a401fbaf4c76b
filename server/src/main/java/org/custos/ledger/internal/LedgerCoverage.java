package org.custos.ledger.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The tables that are the ledger itself, and those of the modules the ledger may not depend on the other way
 * round ({@code shared}, {@code identity}) or that belong to no module: none of them holds custody records.
 */
@Component
class LedgerCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of();
    }

    @Override
    public List<NotCustodyData> notCustodyData() {
        String ledger = "the ledger itself: checked by the tree, checkpoint and record checks of the self-audit";
        return List.of(
                new NotCustodyData("event_outbox", "the custody events themselves: each is checked against its entry"
                        + " (record-altered, entry-without-record)"),
                new NotCustodyData("ledger_entry", ledger), new NotCustodyData("ledger_hash", ledger),
                new NotCustodyData("ledger_tree", ledger), new NotCustodyData("ledger_checkpoint", ledger),
                new NotCustodyData("ledger_cosignature", ledger), new NotCustodyData("ledger_witness", ledger),
                new NotCustodyData("ledger_audit", "results of the self-audit"),
                new NotCustodyData("ledger_row", "the committed rows: each is checked against its entry's commitment"),
                new NotCustodyData("ledger_baseline", "which tables had their rows baselined at the upgrade to v2"),
                new NotCustodyData("flyway_schema_history", "the schema's migration history"),
                new NotCustodyData("app_user", "user accounts (identity), not custody records"),
                new NotCustodyData("app_user_role", "user accounts' roles (identity)"),
                new NotCustodyData("app_user_facility", "user accounts' facility scope (identity)"),
                new NotCustodyData("app_user_change", "user accounts' change history (identity), appended only"),
                new NotCustodyData("api_token", "API token hashes (identity)"),
                new NotCustodyData("sign_in_known_client", "sign-in throttle state (identity)"),
                new NotCustodyData("sign_in_lockout", "sign-in throttle state (identity)"),
                new NotCustodyData("demo_dataset", "whether the demo dataset was loaded (one row)"));
    }
}
