package org.custos.gate.internal;

import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.stereotype.Component;

/** Which facilities a caller may record in and read: facility-scoped staff only their own. */
@Component
public class GateScope {

    private final FacilityDirectory facilities;

    GateScope(FacilityDirectory facilities) {
        this.facilities = facilities;
    }

    /** Rejects {@code field} when the facility is unknown or outside the caller's scope (same message). */
    public void check(Validation v, String field, String facilityCode, CurrentUser caller) {
        if (facilityCode == null || facilityCode.isBlank()) {
            v.reject(field, "required");
        } else if (facilities.find(facilityCode).isEmpty() || !caller.mayActIn(facilityCode)) {
            v.reject(field, "gate.facility");
        }
    }

    /** For reads: 404 when the caller may not see the facility. */
    public void require(String facilityCode, CurrentUser caller) {
        if (facilityCode == null || facilities.find(facilityCode).isEmpty() || !caller.mayActIn(facilityCode)) {
            throw ProblemException.notFound("gate.not-found");
        }
    }

    /** The facilities the caller sees: null for all (national staff, monitors). */
    public Set<String> visible(CurrentUser caller) {
        return caller.national() ? null : caller.facilities();
    }

    static ProblemException notFound() {
        return ProblemException.notFound("gate.not-found");
    }

    static ProblemException conflict(String code, String field, String reason) {
        return ProblemException.conflict(code, FieldProblem.of(field, reason));
    }
}
