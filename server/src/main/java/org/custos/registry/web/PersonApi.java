package org.custos.registry.web;

import org.custos.registry.internal.IdempotentRequests;
import java.util.List;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.registry.AccessLogEntry;
import org.custos.registry.Corrections;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.LegalStatuses;
import org.custos.registry.Page;
import org.custos.registry.PersonFile;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.Releases;
import org.custos.registry.SearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Persons over REST: search, the file (the reason for reading it is required, as the query parameter
 * {@code purpose} or the header {@code Access-Purpose}, and logged), and the commands on a record.
 * Commands accept an {@code Idempotency-Key} header.
 */
@RestController
class PersonApi {

    /** A correction request. */
    record CorrectionRequest(String field, String newValue, String reason) {
    }

    private final Registry registry;
    private final LegalStatuses statuses;
    private final Releases releases;
    private final Corrections corrections;
    private final IdempotentRequests idempotent;

    PersonApi(Registry registry, LegalStatuses statuses, Releases releases, Corrections corrections,
              IdempotentRequests idempotent) {
        this.registry = registry;
        this.statuses = statuses;
        this.releases = releases;
        this.corrections = corrections;
        this.idempotent = idempotent;
    }

    @GetMapping("/api/v1/persons")
    @PreAuthorize(Access.READ_REGISTRY)
    Page<PersonSummary> search(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String document,
                               @RequestParam(required = false) String booking,
                               @RequestParam(required = false) LegalStatusKind status,
                               @RequestParam(required = false) String facility,
                               @RequestParam(required = false) Boolean held,
                               @RequestParam(required = false) String nationality,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        return registry.search(new SearchQuery(q, document, booking, status, facility, held, page, size, nationality),
                Callers.current());
    }

    @GetMapping("/api/v1/persons/{id}")
    @PreAuthorize(Access.READ_REGISTRY)
    PersonFile file(@PathVariable UUID id, @RequestParam(required = false) String purpose,
                    @RequestHeader(name = "Access-Purpose", required = false) String purposeHeader) {
        return registry.file(id, Callers.current(), purpose != null ? purpose : purposeHeader);
    }

    @GetMapping("/api/v1/persons/{id}/access-log")
    @PreAuthorize(Access.READ_ACCESS_LOG)
    List<AccessLogEntry> accessLog(@PathVariable UUID id) {
        return registry.accessLog(id, Callers.current());
    }

    @PostMapping(path = "/api/v1/persons/{id}/legal-status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.CHANGE_LEGAL_STATUS)
    ResponseEntity<Object> changeLegalStatus(@PathVariable UUID id, @RequestBody LegalStatuses.Change change,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CurrentUser caller = Callers.current();
        return idempotent.run(key, caller.username(), List.of(id, change), HttpStatus.CREATED,
                () -> statuses.change(id, change, caller));
    }

    @PostMapping(path = "/api/v1/persons/{id}/release", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.RELEASE)
    ResponseEntity<Object> release(@PathVariable UUID id, @RequestBody Releases.Release release,
                                   @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CurrentUser caller = Callers.current();
        return idempotent.run(key, caller.username(), List.of(id, release), HttpStatus.CREATED,
                () -> releases.release(id, release, caller));
    }

    @PostMapping(path = "/api/v1/persons/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ADMIT)
    ResponseEntity<Object> correct(@PathVariable UUID id, @RequestBody CorrectionRequest c,
                                   @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CurrentUser caller = Callers.current();
        return idempotent.run(key, caller.username(), List.of(id, c), HttpStatus.CREATED,
                () -> corrections.correct(id, c.field(), c.newValue(), c.reason(), caller));
    }
}
