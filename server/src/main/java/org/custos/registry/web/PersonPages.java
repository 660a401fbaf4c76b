package org.custos.registry.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.registry.OrderDocuments;
import org.custos.registry.PersonFile;
import org.custos.registry.Registry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's file. Opening it is logged with a purpose: without one, a one-question page asks why
 * (a short list, or "other" in the reader's own words) and then shows the file.
 */
@Controller
class PersonPages {

    private final Registry registry;
    private final FacilityDirectory facilities;
    private final Permissions permissions;
    private final OrderDocuments documents;

    private final org.springframework.beans.factory.ObjectProvider<org.custos.registry.PersonCell> cells;

    PersonPages(Registry registry, FacilityDirectory facilities, Permissions permissions, OrderDocuments documents,
                org.springframework.beans.factory.ObjectProvider<org.custos.registry.PersonCell> cells) {
        this.cells = cells;
        this.registry = registry;
        this.documents = documents;
        this.facilities = facilities;
        this.permissions = permissions;
    }

    @GetMapping("/persons/{id}")
    @PreAuthorize(Access.READ_REGISTRY)
    String file(@PathVariable UUID id, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String detail, Model model) {
        String logged = Purposes.of(purpose, detail);
        if (logged == null) {
            model.addAttribute("personId", id);
            model.addAttribute("purposes", Purposes.LISTED);
            model.addAttribute("chosen", purpose);
            model.addAttribute("detail", detail);
            boolean submitted = purpose != null || detail != null;
            model.addAttribute("purposeError", !submitted ? null
                    : Purposes.OTHER.equals(purpose) ? "error.web.purpose-detail" : "error.web.purpose");
            return "registry/purpose";
        }
        CurrentUser caller = Callers.current();
        PersonFile file = registry.file(id, caller, logged);
        model.addAttribute("file", file);
        model.addAttribute("purpose", logged);
        model.addAttribute("facilityNames", facilityNames());
        // where in the facility, if a module answers it (housing): the file is already scoped and logged above
        // (only to roles that read capacity: a liaison sees nothing of housing)
        boolean mayReadCells = permissions.readCapacity();
        model.addAttribute("cell", file.held() && mayReadCells
                ? cells.stream().findFirst().flatMap(c -> c.of(id)).orElse(null) : null);
        model.addAttribute("mayReadCells", mayReadCells);
        model.addAttribute("storedDocuments", file.admissions().stream()
                .map(a -> a.commitmentOrder().documentSha256()).filter(sha -> sha != null)
                .filter(sha -> documents.find(sha).isPresent()).collect(Collectors.toSet()));
        boolean mayReadLog = permissions.readAccessLog();
        model.addAttribute("accessLog", mayReadLog ? registry.accessLog(id, caller) : List.of());
        model.addAttribute("mayReadLog", mayReadLog);
        return "registry/person";
    }

    private Map<String, String> facilityNames() {
        return facilities.list().stream().collect(Collectors.toMap(Facility::code, Facility::name, (a, b) -> a));
    }
}
