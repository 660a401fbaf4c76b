package org.custos.gate.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The gate module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). Every table
 * is append-only (no update, no delete: the triggers refuse them), and each row is named by the one event its
 * transaction publishes: an exit, approval, outcome and restoration are keyed by the record they close.
 */
@Component
class GateCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.byId("gate_entry"), CoveredTable.keyed("gate_exit", "entry_id"),
                CoveredTable.byId("gate_correction"), CoveredTable.byId("scheduled_visit"),
                CoveredTable.keyed("visit_approval", "visit_id"), CoveredTable.keyed("visit_outcome", "visit_id"),
                CoveredTable.byId("surveillance_outage"), CoveredTable.keyed("surveillance_restore", "outage_id"));
    }
}
