package org.custos.gate.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.EntryRow;
import org.custos.gate.internal.GateCorrections;
import org.custos.gate.internal.GateQueries;
import org.custos.gate.internal.GateRequests;
import org.custos.gate.internal.GateScope;
import org.custos.gate.internal.GateService;
import org.custos.gate.internal.GateSettings;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Entries, exits, corrections and the gate log. Wardens and custody officers record in their facilities. */
@RestController
class GateApi {

    private final GateService gate;
    private final GateCorrections corrections;
    private final GateQueries queries;
    private final GateScope scope;
    private final GateSettings settings;

    GateApi(GateService gate, GateCorrections corrections, GateQueries queries, GateScope scope, GateSettings settings) {
        this.gate = gate;
        this.corrections = corrections;
        this.queries = queries;
        this.scope = scope;
        this.settings = settings;
    }

    @PostMapping("/api/v1/gate/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_GATE)
    Map<String, Object> enter(@RequestBody GateRequests.Entry entry) {
        GateService.Recorded r = gate.enter(entry, Callers.current());
        return Map.of("id", r.id(), "eventId", r.eventId(), "surveillanceOffline", r.surveillanceOffline(),
                "receipt", "/api/v1/gate/entries/" + r.id() + "/receipt");
    }

    @PostMapping("/api/v1/gate/entries/{id}/exit")
    @PreAuthorize(Access.RECORD_GATE)
    Map<String, Object> exit(@PathVariable UUID id, @RequestBody(required = false) GateRequests.Exit exit) {
        GateService.Recorded r = gate.exit(id, exit, Callers.current());
        return Map.of("id", r.id(), "eventId", r.eventId(), "surveillanceOffline", r.surveillanceOffline());
    }

    @PostMapping("/api/v1/gate/entries/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_GATE)
    Map<String, Object> correct(@PathVariable UUID id, @RequestBody GateRequests.Correction correction) {
        return Map.of("id", corrections.correct(id, correction, Callers.current()));
    }

    @GetMapping("/api/v1/gate/entries/{id}")
    @PreAuthorize(Access.READ_GATE)
    Map<String, Object> entry(@PathVariable UUID id) {
        var current = queries.current(id, Callers.current());
        return Map.of("entry", queries.entry(id, Callers.current()), "corrections", corrections.of(id),
                "current", current.entry(), "correctedFields", current.corrected());
    }

    @GetMapping("/api/v1/gate/facilities/{code}/inside")
    @PreAuthorize(Access.READ_GATE)
    List<EntryRow> inside(@PathVariable String code) {
        scope.require(code, Callers.current());
        return queries.inside(code);
    }

    @GetMapping("/api/v1/gate/facilities/{code}/log")
    @PreAuthorize(Access.READ_GATE)
    GateQueries.LogPage log(@PathVariable String code, @RequestParam(required = false) LocalDate date,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        scope.require(code, Callers.current());
        return queries.day(code, date == null ? settings.today() : date, page, size);
    }

    @GetMapping(value = "/api/v1/gate/facilities/{code}/log.csv", produces = "text/csv")
    @PreAuthorize(Access.READ_GATE)
    ResponseEntity<String> csv(@PathVariable String code, @RequestParam(required = false) LocalDate date) {
        scope.require(code, Callers.current());
        return GateDownloads.csv(queries, code, date == null ? settings.today() : date);
    }

    @GetMapping("/api/v1/gate/overdue")
    @PreAuthorize(Access.READ_GATE)
    List<EntryRow> overdue() {
        CurrentUser caller = Callers.current();
        return queries.overdue(scope.visible(caller), 500);
    }
}
