package org.custos.housing.web;

import org.custos.housing.internal.Capacity;
import org.custos.housing.internal.CapacityCsv;
import org.custos.housing.internal.CapacityQueries;
import org.custos.housing.internal.CellQueries;
import org.custos.housing.internal.CellRow;
import org.custos.housing.internal.HousedPerson;
import org.custos.housing.internal.Scopes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Housing's reads: capacity at every level, a cell, placements, overrides, violations, discrepancies. */
@RestController
class CapacityApi {

    private final CapacityQueries capacity;
    private final CellQueries cells;

    CapacityApi(CapacityQueries capacity, CellQueries cells) {
        this.capacity = capacity;
        this.cells = cells;
    }

    @GetMapping("/api/v1/capacity")
    @PreAuthorize(Access.READ_CAPACITY)
    CapacityQueries.National national() {
        return capacity.national(Callers.current());
    }

    @GetMapping(value = "/api/v1/capacity.csv", produces = "text/csv")
    @PreAuthorize(Access.READ_CAPACITY)
    ResponseEntity<String> csv() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"capacidad.csv\"")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .body(CapacityCsv.write(capacity.national(Callers.current())));
    }

    @GetMapping("/api/v1/facilities/{code}/units")
    @PreAuthorize(Access.READ_CAPACITY)
    List<Capacity> units(@PathVariable String code) {
        Scopes.require(Callers.current(), code);
        return capacity.units(code);
    }

    @GetMapping("/api/v1/units/{unitId}/cells")
    @PreAuthorize(Access.READ_CAPACITY)
    List<CapacityQueries.CellCapacity> cells(@PathVariable UUID unitId) {
        CapacityQueries.UnitRef unit = capacity.unit(unitId).orElseThrow(Scopes::notFound);
        Scopes.require(Callers.current(), unit.facilityCode());
        return capacity.cells(unitId);
    }

    @GetMapping("/api/v1/cells/{cellId}")
    @PreAuthorize(Access.READ_CAPACITY)
    Map<String, Object> cell(@PathVariable UUID cellId) {
        CurrentUser caller = Callers.current();
        CellRow cell = visibleCell(cellId, caller);
        return Map.of("cell", capacity.of(cell), "occupants", cells.occupants(cellId),
                "overrides", cells.overrides(cellId, caller, 100));
    }

    @GetMapping("/api/v1/cells/{cellId}/capacity-history")
    @PreAuthorize(Access.READ_CAPACITY)
    List<CellQueries.Version> history(@PathVariable UUID cellId) {
        visibleCell(cellId, Callers.current());
        return cells.versions(cellId);
    }

    @GetMapping("/api/v1/persons/{personId}/placements")
    @PreAuthorize(Access.READ_CAPACITY)
    List<CellQueries.PlacementEntry> placements(@PathVariable UUID personId) {
        HousedPerson p = cells.person(personId).orElseThrow(Scopes::notFound);
        Scopes.require(Callers.current(), p.facilityCode());
        return cells.history(personId);
    }

    @GetMapping("/api/v1/housing/overrides")
    @PreAuthorize(Access.READ_CAPACITY)
    List<CellQueries.Override> overrides() {
        return cells.overrides(null, Callers.current(), 500);
    }

    @GetMapping("/api/v1/housing/violations")
    @PreAuthorize(Access.READ_CAPACITY)
    List<CellQueries.Violation> violations() {
        return cells.violations(Callers.current(), 500);
    }

    @GetMapping("/api/v1/headcounts/discrepancies")
    @PreAuthorize(Access.READ_CAPACITY)
    List<CellQueries.Discrepancy> discrepancies() {
        return cells.discrepancies(Callers.current(), 500);
    }

    private CellRow visibleCell(UUID cellId, CurrentUser caller) {
        CellRow cell = cells.cell(cellId).orElseThrow(Scopes::notFound);
        Scopes.require(caller, cell.facilityCode());
        return cell;
    }
}
