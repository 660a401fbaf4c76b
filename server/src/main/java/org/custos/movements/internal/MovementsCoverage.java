package org.custos.movements.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The movements module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md): a
 * transfer row is named by each event that writes it (authorized, departed, arrived, cancelled), an escort by its
 * departure and its return, a cancellation by {@code TransferCancelled}.
 */
@Component
class MovementsCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.byId("transfer"), CoveredTable.byId("escort"),
                CoveredTable.byId("transfer_cancellation"));
    }
}
