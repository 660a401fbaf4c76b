package org.custos.facilities.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The facilities module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md): a
 * facility, keyed by its code, is written once, by {@code FacilityRegistered} (the application never updates it;
 * a trigger refuses its deletion).
 */
@Component
class FacilitiesCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.keyed("facility", "code"));
    }
}
