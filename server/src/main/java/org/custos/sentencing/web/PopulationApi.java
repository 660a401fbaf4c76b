package org.custos.sentencing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.sentencing.internal.AlertQueries;
import org.custos.sentencing.internal.CreditImport;
import org.custos.sentencing.internal.PopulationRecompute;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Population-wide work: recomputation jobs with their change report, alerts, and the credits import. */
@RestController
@RequestMapping("/api/v1/sentencing")
class PopulationApi {

    private final PopulationRecompute recompute;
    private final AlertQueries alerts;
    private final CreditImport imports;

    PopulationApi(PopulationRecompute recompute, AlertQueries alerts, CreditImport imports) {
        this.recompute = recompute;
        this.alerts = alerts;
        this.imports = imports;
    }

    /** Starts recomputing every person (202 with the job id; 409 while another job runs). */
    @PostMapping("/recompute")
    @PreAuthorize(Access.RECOMPUTE_SENTENCES)
    ResponseEntity<Map<String, Object>> start() {
        UUID id = recompute.start("on demand", Callers.current().username());
        return ResponseEntity.accepted().body(Map.of("jobId", id, "progress", "/api/v1/sentencing/recompute/" + id));
    }

    /** Progress and, when done, the change report: who, which date, by how many days. */
    @GetMapping("/recompute/{jobId}")
    @PreAuthorize(Access.READ_RECOMPUTE)
    Map<String, Object> job(@PathVariable UUID jobId, @RequestParam(defaultValue = "1000") int limit) {
        return recompute.report(jobId, Math.min(Math.max(limit, 1), 10_000));
    }

    @GetMapping("/alerts")
    @PreAuthorize(Access.READ_SENTENCE_ALERTS)
    List<AlertQueries.AlertLine> alerts(@RequestParam(required = false) String kind,
                                        @RequestParam(defaultValue = "30") String withinDays,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "100") int size) {
        int s = Math.min(Math.max(size, 1), 1000);
        AlertQueries.Kind k = kind == null ? null : AlertRequest.kind(kind);
        return alerts.alerts(k, AlertRequest.days(withinDays), Callers.current(), s, Math.max(page, 0) * s);
    }

    /** How many alerts of each kind the caller may see ({@code withinDays} bounds {@code RELEASE_DUE}). */
    @GetMapping("/alerts/counts")
    @PreAuthorize(Access.READ_SENTENCE_ALERTS)
    Map<AlertQueries.Kind, Long> alertCounts(@RequestParam(defaultValue = "30") String withinDays) {
        return alerts.countsByKind(AlertRequest.days(withinDays), Callers.current());
    }

    /**
     * Imports approved work days from CSV ({@code booking_number,date,days,hours,document}, header
     * line first). All lines are checked first; any refused line refuses the whole file (422 naming
     * the line).
     */
    @PostMapping(value = "/credits/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize(Access.APPROVE_CREDIT)
    Map<String, Object> importCredits(@RequestBody String csv) {
        return Map.of("imported", imports.importApproved(csv, Callers.current()));
    }
}
