package org.custos.work.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.custos.work.internal.AttendanceCorrections;
import org.custos.work.internal.AttendanceService;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A session's attendance: as JSON (many persons, one transaction), as CSV, its corrections and history. */
@RestController
class AttendanceApi {

    private final AttendanceService attendance;
    private final AttendanceCorrections corrections;
    private final ProgrammeService programmes;
    private final WorkQueries queries;
    private final RosterCsv csv;

    AttendanceApi(AttendanceService attendance, AttendanceCorrections corrections, ProgrammeService programmes,
                  WorkQueries queries, RosterCsv csv) {
        this.attendance = attendance;
        this.corrections = corrections;
        this.programmes = programmes;
        this.queries = queries;
        this.csv = csv;
    }

    @PostMapping(path = "/api/v1/work/programmes/{id}/attendance", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    Map<String, Object> record(@PathVariable UUID id, @RequestBody Requests.Roster roster) {
        List<UUID> ids = attendance.record(id, roster, Callers.current());
        return Map.of("recorded", ids.size(), "ids", ids);
    }

    /** CSV lines {@code booking,outcome,hours} (a header line is optional); line n is {@code records[n-1]}. */
    @PostMapping(path = "/api/v1/work/programmes/{id}/attendance", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    Map<String, Object> importCsv(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  @RequestBody String body) {
        programmes.get(id, Callers.current());
        List<UUID> ids = attendance.record(id, new Requests.Roster(date, csv.marks(body)), Callers.current());
        return Map.of("recorded", ids.size(), "ids", ids);
    }

    @GetMapping("/api/v1/work/programmes/{id}/attendance")
    @PreAuthorize(Access.READ_WORK)
    List<WorkQueries.RosterLine> roster(@PathVariable UUID id,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        programmes.get(id, Callers.current());
        return queries.roster(id, date);
    }

    @PostMapping("/api/v1/work/attendance/{recordId}/corrections")
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    Map<String, Object> correct(@PathVariable UUID recordId, @RequestBody Requests.Correction c) {
        return Map.of("revision", corrections.correct(recordId, c, Callers.current()));
    }

    @GetMapping("/api/v1/work/attendance/{recordId}/history")
    @PreAuthorize(Access.READ_WORK)
    List<WorkQueries.Revision> history(@PathVariable UUID recordId) {
        UUID programme = queries.programmeOfRecord(recordId);
        if (programme == null) throw ProblemException.notFound("work.not-found");
        programmes.get(programme, Callers.current());
        return queries.history(recordId);
    }
}
