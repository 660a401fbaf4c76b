package org.custos.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.registry.Page;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Finding a person: by name (any part, either surname, accents and case ignored), document or
 * booking number. With JavaScript, htmx replaces only the results as one types; without it, the
 * search button does the same. The results export to CSV with the same query and scope.
 */
@Controller
class SearchPages {

    static final int PAGE_SIZE = 20;
    /** At most this many rows in one CSV file. */
    static final int CSV_LIMIT = 10_000;

    private final Registry registry;
    private final FacilityDirectory facilities;

    SearchPages(Registry registry, FacilityDirectory facilities) {
        this.registry = registry;
        this.facilities = facilities;
    }

    @InitBinder("search")
    void binding(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/persons")
    @PreAuthorize(Access.READ_REGISTRY)
    String search(@ModelAttribute("search") SearchForm search, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        CurrentUser caller = Callers.current();
        if (!search.empty()) {
            model.addAttribute("results", registry.search(search.query(PAGE_SIZE), caller));
        }
        model.addAttribute("facilityNames", facilityNames());
        model.addAttribute("facilities", facilities.list().stream().filter(f -> caller.mayActIn(f.code()))
                .map(f -> new RegistryView.Option(f.code(), f.name())).toList());
        return "true".equals(htmx) ? "registry/search :: results" : "registry/search";
    }

    @GetMapping("/persons.csv")
    @PreAuthorize(Access.READ_REGISTRY)
    void csv(@ModelAttribute("search") SearchForm search, HttpServletResponse response) throws IOException {
        CurrentUser caller = Callers.current();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"personas.csv\"");
        Map<String, String> names = facilityNames();
        Writer out = response.getWriter();
        out.write('\uFEFF');
        out.write(Csv.row("booking_number", "given_names", "first_surname", "second_surname", "date_of_birth",
                "nationality", "legal_status", "held", "facility_code", "facility"));
        int written = 0;
        search.page = 0;
        while (written < CSV_LIMIT) {
            SearchQuery query = search.query(SearchQuery.MAX_SIZE);
            Page<PersonSummary> page = registry.search(query, caller);
            for (PersonSummary p : page.items()) {
                out.write(Csv.row(p.bookingNumber(), p.givenNames(), p.firstSurname(), p.secondSurname(),
                        p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), p.nationality(),
                        p.legalStatus() == null ? "" : p.legalStatus().name(), String.valueOf(p.held()),
                        p.facilityCode(), names.getOrDefault(p.facilityCode(), "")));
                written++;
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                break;
            }
            search.page++;
        }
        out.flush();
    }

    private Map<String, String> facilityNames() {
        return facilities.list().stream().collect(Collectors.toMap(Facility::code, Facility::name, (a, b) -> a));
    }
}
