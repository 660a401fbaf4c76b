package org.custos.housing.web;

import org.custos.housing.internal.CellService;
import org.custos.housing.internal.ClassificationService;
import org.custos.housing.internal.HeadcountService;
import org.custos.housing.internal.PlacementService;
import org.custos.housing.internal.Requests;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Housing's commands: units, cells, capacity changes, placements, classification, headcounts. */
@RestController
class HousingApi {

    private final CellService cells;
    private final PlacementService placements;
    private final HeadcountService headcounts;
    private final ClassificationService classifications;

    HousingApi(CellService cells, PlacementService placements, HeadcountService headcounts,
               ClassificationService classifications) {
        this.cells = cells;
        this.placements = placements;
        this.headcounts = headcounts;
        this.classifications = classifications;
    }

    @PostMapping("/api/v1/facilities/{code}/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_CAPACITY)
    Map<String, Object> createUnit(@PathVariable String code, @RequestBody Requests.NewUnit unit) {
        return Map.of("id", cells.createUnit(code, unit, Callers.current()));
    }

    @PostMapping("/api/v1/units/{unitId}/cells")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_CAPACITY)
    Map<String, Object> createCell(@PathVariable UUID unitId, @RequestBody Requests.CellFigures cell) {
        return Map.of("id", cells.createCell(unitId, cell, Callers.current()));
    }

    @PutMapping("/api/v1/cells/{cellId}/capacity")
    @PreAuthorize(Access.MANAGE_CAPACITY)
    Map<String, Object> changeCapacity(@PathVariable UUID cellId, @RequestBody Requests.CellFigures figures) {
        return Map.of("version", cells.change(cellId, figures, Callers.current()));
    }

    @PostMapping("/api/v1/placements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLACE)
    PlacementService.Placed place(@RequestBody Requests.Placement placement) {
        return placements.place(placement, Callers.current());
    }

    @PutMapping("/api/v1/housing/persons/{personId}/classification")
    @PreAuthorize(Access.PLACE)
    ClassificationService.Change classify(@PathVariable UUID personId, @RequestBody Requests.Classification c) {
        return classifications.classify(personId, c, Callers.current());
    }

    @GetMapping("/api/v1/housing/persons/{personId}/classifications")
    @PreAuthorize(Access.READ_CAPACITY)
    java.util.List<ClassificationService.Change> classifications(@PathVariable UUID personId) {
        return classifications.history(personId, Callers.current());
    }

    @PostMapping("/api/v1/headcounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.HEADCOUNT)
    HeadcountService.Counted headcount(@RequestBody Requests.Headcount headcount) {
        return headcounts.record(headcount, Callers.current());
    }
}
