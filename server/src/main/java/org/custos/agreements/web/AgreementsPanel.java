package org.custos.agreements.web;

import java.time.LocalDate;
import org.custos.agreements.internal.AgreementReads;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The agreements panel on the first screen of an agreement administrator or a liaison: how many agreements the
 * caller may see are in force today (a link to the list). {@code @agreementsPanel}.
 */
@Component("agreementsPanel")
public class AgreementsPanel {

    private final AgreementReads reads;
    private final org.custos.shared.web.Bounds bounds;

    AgreementsPanel(AgreementReads reads, org.custos.shared.web.Bounds bounds) {
        this.reads = reads;
        this.bounds = bounds;
    }

    public boolean visible() {
        CurrentUser caller = Callers.current();
        return caller != null && (caller.has(Role.AGREEMENT_ADMINISTRATOR) || caller.has(Role.LIAISON));
    }

    public long inForce() {
        LocalDate today = bounds.today(); // the facilities' day, not UTC's (a day ahead after 18:00 in El Salvador)
        return reads.list(Callers.current()).stream().map(a -> a.current())
                .filter(v -> !v.effectiveFrom().isAfter(today) && !v.endsOn().isBefore(today)).count();
    }
}
