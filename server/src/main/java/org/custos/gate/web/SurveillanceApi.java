package org.custos.gate.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.GateRequests;
import org.custos.gate.internal.GateScope;
import org.custos.gate.internal.Surveillance;
import org.custos.gate.internal.SurveillanceQueries;
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

/** Cameras and recorders going offline and back, and what was recorded while they were off. */
@RestController
class SurveillanceApi {

    private final Surveillance surveillance;
    private final SurveillanceQueries queries;
    private final GateScope scope;
    private final Clock clock;

    SurveillanceApi(Surveillance surveillance, SurveillanceQueries queries, GateScope scope, Clock clock) {
        this.clock = clock;
        this.surveillance = surveillance;
        this.queries = queries;
        this.scope = scope;
    }

    @PostMapping("/api/v1/gate/surveillance/outages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_SURVEILLANCE)
    Map<String, Object> offline(@RequestBody GateRequests.Outage outage) {
        return Map.of("id", surveillance.offline(outage, Callers.current()));
    }

    @PostMapping("/api/v1/gate/surveillance/outages/{id}/restored")
    @PreAuthorize(Access.RECORD_SURVEILLANCE)
    Map<String, Object> online(@PathVariable UUID id, @RequestBody(required = false) GateRequests.Restore restore) {
        surveillance.online(id, restore, Callers.current());
        return Map.of("id", id, "offline", false);
    }

    @GetMapping("/api/v1/gate/facilities/{code}/surveillance")
    @PreAuthorize(Access.READ_GATE)
    List<SurveillanceQueries.OutageRow> outages(@PathVariable String code) {
        scope.require(code, Callers.current());
        return queries.outages(code, 200);
    }

    @GetMapping("/api/v1/gate/facilities/{code}/events-during-outages")
    @PreAuthorize(Access.READ_GATE)
    List<SurveillanceQueries.EventDuringOutage> duringOutages(@PathVariable String code,
            @RequestParam(required = false) OffsetDateTime from, @RequestParam(required = false) OffsetDateTime to) {
        scope.require(code, Callers.current());
        OffsetDateTime end = to == null ? OffsetDateTime.now(clock).plusMinutes(1) : to;
        return queries.eventsDuringOutages(code, from == null ? end.minusDays(30) : from, end, 1000);
    }
}
