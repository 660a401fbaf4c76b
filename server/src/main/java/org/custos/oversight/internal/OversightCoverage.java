package org.custos.oversight.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/** The oversight module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). */
@Component
class OversightCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.byId("oversight_regime_day"),
                CoveredTable.byId("oversight_regime_exception"),
                CoveredTable.byId("oversight_reading"),
                CoveredTable.byId("oversight_segregation"),
                CoveredTable.byId("oversight_segregation_event"),
                CoveredTable.byId("oversight_restraint"),
                CoveredTable.byId("oversight_restraint_end"),
                CoveredTable.byId("oversight_discipline"),
                CoveredTable.byId("oversight_complaint"),
                CoveredTable.byId("oversight_complaint_answer"),
                CoveredTable.byId("oversight_allegation"),
                CoveredTable.byId("oversight_medical_exam"),
                CoveredTable.byId("oversight_death"),
                CoveredTable.byId("oversight_visit"),
                CoveredTable.keyed("oversight_person", "person_id"));
    }
}
