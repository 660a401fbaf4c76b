package org.custos.oversight.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.oversight.internal.CaseService;
import org.custos.oversight.internal.HealthService;
import org.custos.oversight.internal.ReadingService;
import org.custos.oversight.internal.RegimeService;
import org.custos.oversight.internal.Requests;
import org.custos.oversight.internal.SegregationService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What is recorded for oversight: each command one transaction, refused whole with every field named. */
@RestController
@RequestMapping("/api/v1/oversight")
class OversightApi {

    private final RegimeService regime;
    private final ReadingService readings;
    private final SegregationService segregation;
    private final CaseService cases;
    private final HealthService health;

    OversightApi(RegimeService regime, ReadingService readings, SegregationService segregation, CaseService cases,
                 HealthService health) {
        this.regime = regime;
        this.readings = readings;
        this.segregation = segregation;
        this.cases = cases;
        this.health = health;
    }

    private static Map<String, Object> id(UUID id) {
        return Map.of("id", id);
    }

    @PostMapping(path = "/units/{unitId}/regime", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> regime(@PathVariable UUID unitId, @RequestBody Requests.Regime body) {
        return regime.record(unitId, body, Callers.current());
    }

    @PostMapping(path = "/regime/{id}/corrections", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> correctRegime(@PathVariable UUID id, @RequestBody Requests.Regime body) {
        return regime.correct(id, body, Callers.current());
    }

    @PostMapping(path = "/readings", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> readings(@RequestBody Requests.Readings body) {
        List<UUID> ids = readings.record(body, Callers.current());
        return Map.of("recorded", ids.size(), "ids", ids);
    }

    /** A sensor export: lines {@code cellId,measuredAt,celsius,humidity}; all or nothing. */
    @PostMapping(path = "/readings", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> readingsCsv(@RequestBody String body) {
        List<UUID> ids = readings.record(readings.parseCsv(body), Callers.current());
        return Map.of("recorded", ids.size(), "ids", ids);
    }

    @PostMapping(path = "/segregations", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> segregate(@RequestBody Requests.Segregation body) {
        return id(segregation.segregate(body, Callers.current()));
    }

    @PostMapping(path = "/segregations/{id}/events", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> segregationEvent(@PathVariable UUID id, @RequestBody Requests.SegregationEvent body) {
        return id(segregation.event(id, body, Callers.current()));
    }

    @PostMapping(path = "/restraints", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> restrain(@RequestBody Requests.Restraint body) {
        return id(segregation.restrain(body, Callers.current()));
    }

    @PostMapping(path = "/restraints/{id}/end", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> endRestraint(@PathVariable UUID id, @RequestBody Requests.RestraintEnd body) {
        return id(segregation.endRestraint(id, body, Callers.current()));
    }

    @PostMapping(path = "/discipline", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.DECIDE_DISCIPLINE)
    Map<String, Object> discipline(@RequestBody Requests.Discipline body) {
        return id(cases.decide(body, Callers.current()));
    }

    @PostMapping(path = "/complaints", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.LODGE_COMPLAINT)
    Map<String, Object> complaint(@RequestBody Requests.Complaint body) {
        return id(cases.lodge(body, Callers.current()));
    }

    @PostMapping(path = "/complaints/{id}/answer", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ANSWER_COMPLAINT)
    Map<String, Object> answer(@PathVariable UUID id, @RequestBody Requests.Answer body) {
        return id(cases.answer(id, body, Callers.current()));
    }

    @PostMapping(path = "/allegations", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.LODGE_COMPLAINT)
    Map<String, Object> allegation(@RequestBody Requests.Allegation body) {
        return id(cases.allege(body, Callers.current()));
    }

    @PostMapping(path = "/medical-examinations", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_CONDITIONS)
    Map<String, Object> examination(@RequestBody Requests.MedicalExamination body) {
        return id(health.examine(body, Callers.current()));
    }

    @PostMapping(path = "/deaths", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.DECIDE_DISCIPLINE)
    Map<String, Object> death(@RequestBody Requests.Death body) {
        return id(health.death(body, Callers.current()));
    }

    @PostMapping(path = "/visits", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MONITOR)
    Map<String, Object> visit(@RequestBody Requests.Visit body) {
        return id(health.visit(body, Callers.current()));
    }
}
