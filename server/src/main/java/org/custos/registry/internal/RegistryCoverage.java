package org.custos.registry.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/** The registry's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). */
@Component
class RegistryCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.byId("person"), CoveredTable.keyed("person_alias", "person_id", "position"),
                CoveredTable.byId("identity_document"), CoveredTable.byId("admission"),
                CoveredTable.byId("legal_status"), CoveredTable.byId("person_release"), CoveredTable.byId("correction"),
                CoveredTable.byId("person_facility_change"));
    }

    @Override
    public List<NotYetCovered> notYetCovered() {
        return List.of(new NotYetCovered("commitment_order_document", "custody data; uploaded before the admission that"
                + " uses it, without an event, and up to 20 MB: to be named by PersonAdmitted with the content committed"
                + " through its SHA-256 key"));
    }

    @Override
    public List<NotCustodyData> notCustodyData() {
        return List.of(
                new NotCustodyData("idempotent_request", "stored replies for retried requests (a cache of responses)"),
                new NotCustodyData("file_access", "the log of who read a person's file, written on every read"
                        + " without a custody event (a record about readers, not about custody)"));
    }
}
