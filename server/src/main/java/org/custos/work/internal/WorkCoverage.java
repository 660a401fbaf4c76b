package org.custos.work.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The work module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md): every one is
 * custody data, and every write names its rows — the services' events, {@code CustodyListener}'s
 * {@code RowsWritten} for {@code work_person}, and the demo's batch events ({@code work.demo.WorkDemo}).
 */
@Component
class WorkCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.keyed("work_person", "person_id"), CoveredTable.byId("work_profile_rev"),
                CoveredTable.byId("work_programme"), CoveredTable.byId("work_allocation"),
                CoveredTable.byId("work_allocation_status"), CoveredTable.byId("work_attendance"),
                CoveredTable.keyed("work_attendance_rev", "record_id", "revision"), CoveredTable.byId("work_credit"),
                CoveredTable.byId("work_certification"), CoveredTable.byId("work_production_target"),
                CoveredTable.byId("work_production"), CoveredTable.byId("work_pay_rate"),
                CoveredTable.byId("work_pay_bonus"), CoveredTable.byId("work_pay_statement"),
                CoveredTable.byId("work_account_entry"));
    }
}
