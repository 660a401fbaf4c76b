package org.custos.work.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.work.internal.ProductionService;
import org.custos.work.internal.Requests;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Production targets, output and rejects per session or team, and production against target. */
@RestController
class ProductionApi {

    private final ProductionService production;

    ProductionApi(ProductionService production) {
        this.production = production;
    }

    @PostMapping("/api/v1/work/programmes/{id}/production-targets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> target(@PathVariable UUID id, @RequestBody Requests.ProductionTarget t) {
        return Map.of("id", production.setTarget(id, t, Callers.current()));
    }

    @PostMapping("/api/v1/work/programmes/{id}/production")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    Map<String, Object> record(@PathVariable UUID id, @RequestBody Requests.ProductionOutput o) {
        return Map.of("id", production.record(id, o, Callers.current()));
    }

    @GetMapping("/api/v1/work/programmes/{id}/production")
    @PreAuthorize(Access.READ_WORK)
    List<ProductionService.Day> days(@PathVariable UUID id, @RequestParam(required = false) String month) {
        return production.days(id, production.month(month), Callers.current());
    }

    @GetMapping("/api/v1/work/production")
    @PreAuthorize(Access.READ_WORK)
    List<ProductionService.Line> month(@RequestParam(required = false) String month,
                                       @RequestParam(required = false) String facility) {
        return production.month(production.month(month), facility, Callers.current());
    }
}
