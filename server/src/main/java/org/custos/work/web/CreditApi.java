package org.custos.work.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.work.internal.CertificationService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkCreditService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credits derived from attendance, the monthly certification list and the judge's decisions. */
@RestController
class CreditApi {

    private final WorkCreditService credits;
    private final CertificationService certification;

    CreditApi(WorkCreditService credits, CertificationService certification) {
        this.credits = credits;
        this.certification = certification;
    }

    @PostMapping("/api/v1/work/programmes/{id}/credits/derive")
    @PreAuthorize(Access.DERIVE_WORK_CREDITS)
    Map<String, Object> derive(@PathVariable UUID id, @RequestParam String month) {
        return Map.of("derived", credits.derive(id, month, Callers.current()));
    }

    @GetMapping("/api/v1/work/certifications")
    @PreAuthorize(Access.READ_WORK)
    List<CertificationService.PersonCredits> pending(@RequestParam String month) {
        return certification.pending(month, Callers.current());
    }

    @PostMapping("/api/v1/work/certifications")
    @PreAuthorize(Access.CERTIFY_WORK)
    Map<String, Object> certify(@RequestBody Requests.Certification c) {
        return Map.of("decisions", certification.certify(c, Callers.current()));
    }
}
