package org.custos.oversight.web;

import java.util.Map;
import java.util.TreeMap;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.ledger.Ledger;
import org.custos.ledger.SelfAudits;
import org.custos.oversight.internal.ComplianceService;
import org.custos.oversight.internal.RegisterQueries;
import org.custos.oversight.internal.compliance.ComplianceEngine;
import org.custos.oversight.internal.compliance.Finding;
import org.custos.oversight.internal.compliance.Severity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The monitors' console: the national view (findings per facility), a facility's page (people and places, the
 * findings with their evidence, the registers read-only) and the log itself (latest checkpoint with its
 * witnesses' cosignatures, the last self-audit, how to verify offline).
 */
@Controller
class ConsolePages {

    private final ComplianceService compliance;
    private final RegisterQueries registers;
    private final FacilityDirectory facilities;
    private final Ledger ledger;
    private final SelfAudits audits;

    ConsolePages(ComplianceService compliance, RegisterQueries registers, FacilityDirectory facilities, Ledger ledger,
                 SelfAudits audits) {
        this.compliance = compliance;
        this.registers = registers;
        this.facilities = facilities;
        this.ledger = ledger;
        this.audits = audits;
    }

    /** Violations and alerts per facility code. */
    record Tally(long violations, long alerts) {
    }

    @GetMapping("/oversight")
    @PreAuthorize(Access.READ_COMPLIANCE)
    String national(Model model) {
        CurrentUser caller = Callers.current();
        ComplianceEngine.Evaluation e = compliance.national(caller);
        Map<String, Tally> tally = new TreeMap<>();
        facilities.list().stream().filter(f -> caller.mayActIn(f.code())).forEach(f -> tally.put(f.code(), new Tally(0, 0)));
        for (Finding f : e.findings()) {
            Tally t = tally.getOrDefault(f.facilityCode(), new Tally(0, 0));
            tally.put(f.facilityCode(), f.severity() == Severity.VIOLATION ? new Tally(t.violations() + 1, t.alerts())
                    : new Tally(t.violations(), t.alerts() + 1));
        }
        model.addAttribute("evaluation", e);
        model.addAttribute("tally", tally);
        model.addAttribute("names", facilities.list().stream().collect(java.util.stream.Collectors.toMap(
                org.custos.facilities.Facility::code, org.custos.facilities.Facility::name)));
        return "oversight/national";
    }

    @GetMapping("/oversight/facilities/{code}")
    @PreAuthorize(Access.READ_COMPLIANCE)
    String facility(@PathVariable String code, Model model) {
        CurrentUser caller = Callers.current();
        ComplianceEngine.Evaluation e = compliance.facility(code, caller);
        model.addAttribute("facility", facilities.find(code).orElseThrow());
        model.addAttribute("evaluation", e);
        model.addAttribute("registers", registers.of(code, caller));
        model.addAttribute("labels", registers.bookings(e.findings().stream()
                .filter(f -> "PERSON".equals(f.subjectKind()) && f.subjectId() != null).map(Finding::subjectId)
                .collect(java.util.stream.Collectors.toSet())));
        return "oversight/facility";
    }

    @GetMapping("/oversight/log")
    @PreAuthorize(Access.AUDIT_LEDGER)
    String log(Model model) {
        model.addAttribute("checkpoint", ledger.latestCheckpoint().orElse(null));
        model.addAttribute("verifierKey", ledger.verifierKey());
        model.addAttribute("audit", audits.latest().orElse(null));
        return "oversight/log";
    }
}
