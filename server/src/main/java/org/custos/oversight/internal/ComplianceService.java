package org.custos.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.custos.oversight.internal.compliance.ComplianceEngine;
import org.custos.oversight.internal.compliance.Finding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluates the compliance rules for a facility, or for every facility the caller may see (national). */
@Service
public class ComplianceService {

    /** How many days of regime and readings an evaluation looks back. */
    public static final int WINDOW_DAYS = 31;
    private final FactsLoader loader;
    private final OversightSettings settings;
    private final FacilityDirectory facilities;

    ComplianceService(FactsLoader loader, OversightSettings settings, FacilityDirectory facilities) {
        this.loader = loader;
        this.settings = settings;
        this.facilities = facilities;
    }

    @Transactional(readOnly = true)
    public ComplianceEngine.Evaluation facility(String facilityCode, CurrentUser caller) {
        facilities.find(facilityCode).orElseThrow(Scopes::notFound);
        Scopes.require(caller, facilityCode);
        return forReader(settings.engine().evaluate(settings.policy(), loader.load(facilityCode, WINDOW_DAYS)), caller);
    }

    /**
     * Who complained or alleged ill-treatment is for monitors only (the registers hide confidential complaints and
     * every allegation from staff): for anyone else, findings about complaints and allegations name no person.
     */
    private static ComplianceEngine.Evaluation forReader(ComplianceEngine.Evaluation e, CurrentUser caller) {
        if (Scopes.readsConfidential(caller)) {
            return e;
        }
        List<Finding> findings = e.findings().stream().map(f -> PROTECTED.contains(f.rule())
                ? new Finding(f.rule(), f.policyVersion(), f.severity(), f.facilityCode(), f.subjectKind(), null, null,
                        f.from(), f.to(), f.measure(), f.threshold(), f.evidence())
                : f).toList();
        return new ComplianceEngine.Evaluation(e.policyVersion(), e.stateOfException(), e.evaluatedAt(),
                e.rulesEvaluated(), findings);
    }

    private static final java.util.Set<org.custos.oversight.internal.compliance.Rule> PROTECTED = java.util.EnumSet.of(
            org.custos.oversight.internal.compliance.Rule.COMPLAINT_DEADLINE,
            org.custos.oversight.internal.compliance.Rule.ALLEGATION_REFERRAL);

    @Transactional(readOnly = true)
    public ComplianceEngine.Evaluation national(CurrentUser caller) {
        List<Finding> all = new ArrayList<>();
        ComplianceEngine.Evaluation last = null;
        for (Facility f : facilities.list()) {
            if (caller != null && !caller.mayActIn(f.code())) continue;
            last = settings.engine().evaluate(settings.policy(), loader.load(f.code(), WINDOW_DAYS));
            all.addAll(last.findings());
        }
        if (last == null) return settings.engine().evaluate(settings.policy(), new org.custos.oversight.internal.compliance
                .Facts(null, null, null, null, null, null, null, null, null, null, null));
        return forReader(new ComplianceEngine.Evaluation(last.policyVersion(), last.stateOfException(),
                last.evaluatedAt(), last.rulesEvaluated(), all), caller);
    }
}
