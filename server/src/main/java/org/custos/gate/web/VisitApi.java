package org.custos.gate.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.GateRequests;
import org.custos.gate.internal.GateScope;
import org.custos.gate.internal.GateSettings;
import org.custos.gate.internal.VisitQueries;
import org.custos.gate.internal.VisitService;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scheduled visits: custody officers and wardens book and record outcomes, a warden approves. */
@RestController
class VisitApi {

    private final VisitService visits;
    private final VisitQueries queries;
    private final GateScope scope;
    private final GateSettings settings;

    VisitApi(VisitService visits, VisitQueries queries, GateScope scope, GateSettings settings) {
        this.visits = visits;
        this.queries = queries;
        this.scope = scope;
        this.settings = settings;
    }

    @PostMapping("/api/v1/gate/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_GATE)
    Map<String, Object> book(@RequestBody GateRequests.Visit visit) {
        return Map.of("id", visits.book(visit, Callers.current()));
    }

    @PostMapping("/api/v1/gate/visits/{id}/approval")
    @PreAuthorize(Access.APPROVE_VISIT)
    Map<String, Object> approve(@PathVariable UUID id, @RequestBody(required = false) GateRequests.Approval approval) {
        visits.approve(id, approval, Callers.current());
        return Map.of("id", id, "status", "APPROVED");
    }

    @PostMapping("/api/v1/gate/visits/{id}/outcome")
    @PreAuthorize(Access.RECORD_GATE)
    Map<String, Object> conclude(@PathVariable UUID id, @RequestBody GateRequests.Outcome outcome) {
        visits.conclude(id, outcome, Callers.current());
        return Map.of("id", id, "status", outcome.outcome());
    }

    @GetMapping("/api/v1/gate/facilities/{code}/visits")
    @PreAuthorize(Access.READ_GATE)
    List<VisitQueries.VisitRow> list(@PathVariable String code, @RequestParam(required = false) LocalDate from,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        scope.require(code, Callers.current());
        return queries.from(code, from == null ? settings.today() : from, page, Math.min(Math.max(size, 1), 500));
    }
}
