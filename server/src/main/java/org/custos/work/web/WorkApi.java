package org.custos.work.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.AllocationService;
import org.custos.work.internal.Eligibility;
import org.custos.work.internal.WorkPersons;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkQueries;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Programmes, eligibility facts and allocations. */
@RestController
class WorkApi {

    private final ProgrammeService programmes;
    private final AllocationService allocations;
    private final WorkPersons persons;
    private final WorkQueries queries;

    WorkApi(ProgrammeService programmes, AllocationService allocations, WorkPersons persons, WorkQueries queries) {
        this.programmes = programmes;
        this.allocations = allocations;
        this.persons = persons;
        this.queries = queries;
    }

    @GetMapping("/api/v1/work/programmes")
    @PreAuthorize(Access.READ_WORK)
    List<ProgrammeService.Programme> list() {
        return programmes.list(Callers.current());
    }

    @PostMapping("/api/v1/work/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> create(@RequestBody Requests.Programme p) {
        return Map.of("id", programmes.create(p, Callers.current()));
    }

    @GetMapping("/api/v1/work/programmes/{id}")
    @PreAuthorize(Access.READ_WORK)
    Map<String, Object> programme(@PathVariable UUID id) {
        ProgrammeService.Programme p = programmes.get(id, Callers.current());
        return Map.of("programme", p, "allocations", queries.allocations(id));
    }

    @PostMapping("/api/v1/work/persons/{personId}/profile")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> profile(@PathVariable UUID personId, @RequestBody Requests.Profile p) {
        return Map.of("id", persons.recordProfile(personId, p, Callers.current()));
    }

    @GetMapping("/api/v1/work/programmes/{id}/eligibility/{personId}")
    @PreAuthorize(Access.READ_WORK)
    Eligibility.Decision eligibility(@PathVariable UUID id, @PathVariable UUID personId) {
        return allocations.check(personId, id, Callers.current());
    }

    @PostMapping("/api/v1/work/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> allocate(@RequestBody Requests.Allocation a) {
        return Map.of("id", allocations.allocate(a, Callers.current()));
    }

    @PostMapping("/api/v1/work/allocations/{id}/status")
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> status(@PathVariable UUID id, @RequestBody Requests.StatusChange c) {
        allocations.change(id, c, Callers.current());
        return Map.of("id", id);
    }

    @GetMapping("/api/v1/work/allocations/{id}/statuses")
    @PreAuthorize(Access.READ_WORK)
    List<WorkQueries.StatusLine> statuses(@PathVariable UUID id) {
        UUID programme = queries.programmeOfAllocation(id);
        if (programme == null) throw ProblemException.notFound("work.not-found");
        programmes.get(programme, Callers.current());
        return queries.statuses(id);
    }
}
