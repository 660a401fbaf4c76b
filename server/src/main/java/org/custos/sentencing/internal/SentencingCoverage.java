package org.custos.sentencing.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/** The sentencing module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). */
@Component
class SentencingCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of();
    }

    @Override
    public List<NotYetCovered> notYetCovered() {
        String reason = "custody data; this module's events do not name their rows yet";
        return java.util.stream.Stream.of("sentencing_person", "sentence_rev", "custody_interval_rev", "credit_rev", "disallowance_rev", "person_flags_rev", "pretrial_rev", "release_dates", "recompute_job", "recompute_change", "credit_day")
                .map(t -> new NotYetCovered(t, reason)).toList();
    }
}
