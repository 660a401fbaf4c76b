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
        return settings.engine().evaluate(settings.policy(), loader.load(facilityCode, WINDOW_DAYS));
    }

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
        return new ComplianceEngine.Evaluation(last.policyVersion(), last.stateOfException(), last.evaluatedAt(),
                last.rulesEvaluated(), all);
    }
}
