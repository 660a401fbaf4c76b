package org.custos.agreements.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/** The agreements module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). */
@Component
class AgreementsCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.byId("agreement"),
                CoveredTable.byId("agreement_version"),
                CoveredTable.keyed("agreement_facility", "version_id", "facility_code"),
                CoveredTable.byId("intake_manifest"),
                CoveredTable.byId("intake_decision"));
    }
}
