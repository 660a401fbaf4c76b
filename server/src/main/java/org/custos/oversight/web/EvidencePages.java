package org.custos.oversight.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.oversight.internal.ComplianceService;
import org.custos.oversight.internal.EvidenceQueries;
import org.custos.oversight.internal.RegisterQueries;
import org.custos.oversight.internal.compliance.Finding;
import org.custos.oversight.internal.compliance.Rule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evidence of a finding of a facility: the finding (by rule, subject and first day, as the console links it),
 * evaluated again from the records, and the records that prove it, each in the reader's language.
 */
@Controller
class EvidencePages {

    private final ComplianceService compliance;
    private final EvidenceQueries evidence;
    private final RegisterQueries registers;
    private final FacilityDirectory facilities;

    EvidencePages(ComplianceService compliance, EvidenceQueries evidence, RegisterQueries registers,
                  FacilityDirectory facilities) {
        this.compliance = compliance;
        this.evidence = evidence;
        this.registers = registers;
        this.facilities = facilities;
    }

    @GetMapping("/oversight/facilities/{code}/evidence")
    @PreAuthorize(Access.READ_COMPLIANCE)
    String evidence(@PathVariable String code, @RequestParam Rule rule, @RequestParam(required = false) UUID subject,
                    @RequestParam LocalDate from, Model model) {
        CurrentUser caller = Callers.current();
        List<Finding> found = compliance.facility(code, caller).findings().stream()
                .filter(f -> f.rule() == rule && Objects.equals(f.subjectId(), subject) && f.from().equals(from)).toList();
        List<String> refs = found.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
        Set<UUID> persons = found.stream().filter(f -> "PERSON".equals(f.subjectKind()) && f.subjectId() != null)
                .map(Finding::subjectId).collect(Collectors.toSet());
        model.addAttribute("facility", facilities.find(code).orElseThrow());
        model.addAttribute("findings", found);
        model.addAttribute("labels", registers.bookings(persons));
        model.addAttribute("lines", evidence.of(code, refs, caller));
        return "oversight/evidence";
    }
}
