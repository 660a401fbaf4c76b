package org.custos.ledger.internal;

import org.custos.identity.CurrentUser;
import org.custos.ledger.OpeningScope;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens a commitment for a caller: the purpose is required, and the owners of the record decide ({@link OpeningScope}). */
@Component
class Openings {

    static final int PURPOSE_MAX = 500;
    private final LedgerService ledger;
    private final ObjectProvider<OpeningScope> owners;

    Openings(LedgerService ledger, ObjectProvider<OpeningScope> owners) {
        this.ledger = ledger;
        this.owners = owners;
    }

    @Transactional
    LedgerService.Opening open(long index, CurrentUser caller, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("ledger.validation", FieldProblem.of("purpose", "required"));
        }
        if (purpose.length() > PURPOSE_MAX) {
            throw ProblemException.invalid("ledger.validation", FieldProblem.of("purpose", "too-long", PURPOSE_MAX));
        }
        LedgerService.Located located = ledger.locate(index);
        OpeningScope.OpenedRecord record = located.record();
        boolean claimed = false;
        for (OpeningScope owner : owners.orderedStream().toList()) {
            OpeningScope.Decision d = owner.open(record, caller, purpose.trim());
            if (d == OpeningScope.Decision.REFUSED) {
                throw notFound();
            }
            claimed |= d == OpeningScope.Decision.ALLOWED;
        }
        if (!claimed && record.facilityCode() != null && !caller.mayActIn(record.facilityCode())) {
            throw notFound();
        }
        return located.opening();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("ledger.entry-not-found");
    }
}
