package org.custos.agreements.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.agreements.internal.AgreementReads;
import org.custos.agreements.internal.AgreementService;
import org.custos.agreements.internal.Requests;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Custody agreements with other states: record, amend (a new version), read (scoped). */
@RestController
class AgreementApi {

    private final AgreementService agreements;
    private final AgreementReads reads;

    AgreementApi(AgreementService agreements, AgreementReads reads) {
        this.agreements = agreements;
        this.reads = reads;
    }

    @GetMapping("/api/v1/agreements")
    @PreAuthorize(Access.READ_AGREEMENTS)
    List<AgreementService.Agreement> list() {
        return reads.list(Callers.current());
    }

    @PostMapping("/api/v1/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    Map<String, Object> create(@RequestBody Requests.NewAgreement body) {
        return Map.of("id", agreements.create(body, Callers.current()));
    }

    @GetMapping("/api/v1/agreements/{id}")
    @PreAuthorize(Access.READ_AGREEMENTS)
    AgreementService.Agreement get(@PathVariable UUID id) {
        return reads.get(id, Callers.current());
    }

    @PostMapping("/api/v1/agreements/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    Map<String, Object> amend(@PathVariable UUID id, @RequestBody Requests.Amendment body) {
        return Map.of("versionId", agreements.amend(id, body, Callers.current()));
    }
}
