package org.custos.housing.web;

import org.custos.housing.internal.Capacity;
import org.custos.housing.internal.CapacityQueries;
import org.custos.housing.internal.CellQueries;
import org.custos.housing.internal.CellRow;
import org.custos.housing.internal.HeadcountService;
import org.custos.housing.internal.HousedPerson;
import org.custos.housing.internal.HousingPanel;
import org.custos.housing.internal.HousingSettings;
import org.custos.housing.internal.OccupancyChart;
import org.custos.housing.internal.PlacementService;
import org.custos.housing.internal.Requests;
import org.custos.housing.internal.Scopes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The capacity pages: national dashboard, a facility's units, a unit's cells, a cell; the home panel. */
@Controller
class HousingPages {

    private final CapacityQueries capacity;
    private final CellQueries cells;
    private final PlacementService placements;
    private final HeadcountService headcounts;
    private final HousingSettings settings;
    private final FormErrors formErrors;
    private final HousingPanel panel;

    private final org.custos.facilities.FacilityDirectory facilities;
    private final org.custos.registry.Registry registry;

    /** How many of a cell's past placements its page lists. */
    static final int CELL_HISTORY = 50;

    HousingPages(CapacityQueries capacity, CellQueries cells, PlacementService placements, HeadcountService headcounts,
                 HousingSettings settings, FormErrors formErrors, org.custos.facilities.FacilityDirectory facilities,
                 HousingPanel panel, org.custos.registry.Registry registry) {
        this.registry = registry;
        this.panel = panel;
        this.facilities = facilities;
        this.capacity = capacity;
        this.cells = cells;
        this.placements = placements;
        this.headcounts = headcounts;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/capacity")
    @PreAuthorize(Access.READ_CAPACITY)
    String national(Model model) {
        CapacityQueries.National n = capacity.national(Callers.current());
        model.addAttribute("national", n);
        model.addAttribute("chart", OccupancyChart.of(n.facilities()));
        standard(model);
        return "housing/capacity";
    }

    @GetMapping("/capacity/facilities/{code}")
    @PreAuthorize(Access.READ_CAPACITY)
    String facility(@PathVariable String code, Model model) {
        Scopes.require(Callers.current(), code);
        if (facilities.find(code).isEmpty()) {
            throw Scopes.notFound();
        }
        List<Capacity> units = capacity.units(code);
        model.addAttribute("facilityCode", code);
        model.addAttribute("facilityName", facilities.nameOf(code));
        model.addAttribute("units", units);
        model.addAttribute("chart", OccupancyChart.of(units));
        model.addAttribute("outNow", cells.outNow(code));
        standard(model);
        return "housing/facility";
    }

    @GetMapping("/capacity/units/{unitId}")
    @PreAuthorize(Access.READ_CAPACITY)
    String unit(@PathVariable UUID unitId, Model model) {
        unitModel(unitId, model);
        formErrors.none(model);
        return "housing/unit";
    }

    @PostMapping("/capacity/units/{unitId}/headcounts")
    @PreAuthorize(Access.HEADCOUNT)
    String headcount(@PathVariable UUID unitId, @RequestParam(required = false) String counted,
                     @RequestParam(required = false) String note, Model model) {
        unitModel(unitId, model);
        formErrors.none(model);
        try {
            Integer n = counted == null || !counted.trim().matches("\\d{1,7}") ? null : Integer.valueOf(counted.trim());
            model.addAttribute("headcount", headcounts.record(new Requests.Headcount(unitId, n, note), Callers.current()));
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of());
            model.addAttribute("countedValue", counted);
        }
        return "housing/unit";
    }

    @GetMapping("/cells/{cellId}")
    @PreAuthorize(Access.READ_CAPACITY)
    String cell(@PathVariable UUID cellId, Model model) {
        cellModel(cellId, model);
        formErrors.none(model);
        return "housing/cell";
    }

    @PostMapping("/cells/{cellId}/placements")
    @PreAuthorize(Access.PLACE)
    String place(@PathVariable UUID cellId, @RequestParam(required = false) String booking,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String overrideReason,
                 @RequestParam(required = false) String capacityReason, Model model) {
        CurrentUser caller = Callers.current();
        cellModel(cellId, model);
        try {
            UUID person = cells.byBooking(booking).map(HousedPerson::personId).orElse(new UUID(0, 0));
            placements.place(new Requests.Placement(person, cellId, reason, overrideReason, capacityReason), caller);
            return "redirect:/cells/" + cellId + "?placed";
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of("personId", "booking", "cellId", "booking"));
            model.addAttribute("form", Map.of("booking", booking == null ? "" : booking,
                    "reason", reason == null ? "" : reason, "overrideReason", overrideReason == null ? "" : overrideReason,
                    "capacityReason", capacityReason == null ? "" : capacityReason));
            return "housing/cell";
        }
    }

    @GetMapping("/housing/panel")
    @PreAuthorize(Access.READ_CAPACITY)
    String panel(Model model) {
        // the same lists as the home page's panel (one source: HousingPanel), refreshed on their own
        model.addAttribute("overCapacity", panel.overCapacity());
        model.addAttribute("discrepancies", panel.discrepancies());
        model.addAttribute("overrides", panel.overrides());
        model.addAttribute("violations", panel.violations());
        return "housing/panel :: panel";
    }

    private void unitModel(UUID unitId, Model model) {
        CapacityQueries.UnitRef unit = capacity.unit(unitId).orElseThrow(Scopes::notFound);
        Scopes.require(Callers.current(), unit.facilityCode());
        model.addAttribute("unit", unit);
        model.addAttribute("facilityName", facilities.nameOf(unit.facilityCode()));
        model.addAttribute("cells", capacity.cells(unitId));
    }

    private void cellModel(UUID cellId, Model model) {
        CurrentUser caller = Callers.current();
        CellRow cell = cells.cell(cellId).orElseThrow(Scopes::notFound);
        Scopes.require(caller, cell.facilityCode());
        model.addAttribute("cell", capacity.of(cell));
        model.addAttribute("unit", capacity.unit(cell.unitId()).orElseThrow(Scopes::notFound));
        model.addAttribute("facilityName", facilities.nameOf(cell.facilityCode()));
        List<CellQueries.Occupant> occupants = cells.occupants(cellId);
        List<CellQueries.CellStay> stays = cells.stays(cellId, CELL_HISTORY);
        java.util.Set<UUID> people = new java.util.HashSet<>();
        occupants.forEach(o -> people.add(o.personId()));
        stays.forEach(s -> people.add(s.personId()));
        // names as in a search result (scoped by the registry, not logged): whoever may read this cell may search
        model.addAttribute("names", registry.findAll(people, caller));
        model.addAttribute("occupants", occupants);
        model.addAttribute("stays", stays);
        model.addAttribute("historyLimit", CELL_HISTORY);
        model.addAttribute("versions", cells.versions(cellId));
        model.addAttribute("overrides", cells.overrides(cellId, caller, 100));
        model.addAttribute("form", Map.of());
    }

    private void standard(Model model) {
        model.addAttribute("standardName", settings.standard());
        model.addAttribute("sharedArea", settings.sharedArea());
        model.addAttribute("singleArea", settings.singleArea());
    }
}
