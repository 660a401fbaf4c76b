package org.custos.oversight.web;

import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.oversight.internal.ComplianceService;
import org.custos.oversight.internal.RegisterQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Compliance findings (national and per facility, each measure also written in the caller's language) and a facility's registers, read-only. */
@RestController
@RequestMapping("/api/v1/oversight")
class ComplianceApi {

    private final ComplianceService compliance;
    private final RegisterQueries registers;
    private final FindingText words;

    ComplianceApi(ComplianceService compliance, RegisterQueries registers, FindingText words) {
        this.compliance = compliance;
        this.registers = registers;
        this.words = words;
    }

    @GetMapping("/compliance")
    @PreAuthorize(Access.READ_COMPLIANCE)
    ComplianceView national() {
        return ComplianceView.of(compliance.national(Callers.current()), words);
    }

    @GetMapping("/facilities/{code}/compliance")
    @PreAuthorize(Access.READ_COMPLIANCE)
    ComplianceView facility(@PathVariable String code) {
        return ComplianceView.of(compliance.facility(code, Callers.current()), words);
    }

    @GetMapping("/facilities/{code}/registers")
    @PreAuthorize(Access.READ_OVERSIGHT)
    RegisterQueries.Registers registers(@PathVariable String code) {
        return registers.of(code, Callers.current());
    }
}
