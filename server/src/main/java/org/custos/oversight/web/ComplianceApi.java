package org.custos.oversight.web;

import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.oversight.internal.ComplianceService;
import org.custos.oversight.internal.RegisterQueries;
import org.custos.oversight.internal.compliance.ComplianceEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Compliance findings (national and per facility) and a facility's registers, read-only. */
@RestController
@RequestMapping("/api/v1/oversight")
class ComplianceApi {

    private final ComplianceService compliance;
    private final RegisterQueries registers;

    ComplianceApi(ComplianceService compliance, RegisterQueries registers) {
        this.compliance = compliance;
        this.registers = registers;
    }

    @GetMapping("/compliance")
    @PreAuthorize(Access.READ_COMPLIANCE)
    ComplianceEngine.Evaluation national() {
        return compliance.national(Callers.current());
    }

    @GetMapping("/facilities/{code}/compliance")
    @PreAuthorize(Access.READ_COMPLIANCE)
    ComplianceEngine.Evaluation facility(@PathVariable String code) {
        return compliance.facility(code, Callers.current());
    }

    @GetMapping("/facilities/{code}/registers")
    @PreAuthorize(Access.READ_OVERSIGHT)
    RegisterQueries.Registers registers(@PathVariable String code) {
        return registers.of(code, Callers.current());
    }
}
