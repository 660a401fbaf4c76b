package org.custos.work.web;

import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.AllocationService;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkCreditService;
import org.custos.work.internal.WorkPersons;
import org.custos.work.internal.WorkQueries;
import org.custos.work.internal.WorkSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme list, a programme's page with its allocations, the allocation form (refusals with their rule). */
@Controller
class WorkPages {

    private final ProgrammeService programmes;
    private final AllocationService allocations;
    private final WorkPersons persons;
    private final WorkQueries queries;
    private final WorkCreditService credits;
    private final WorkSettings settings;
    private final FormErrors formErrors;

    WorkPages(ProgrammeService programmes, AllocationService allocations, WorkPersons persons, WorkQueries queries,
              WorkCreditService credits, WorkSettings settings, FormErrors formErrors) {
        this.programmes = programmes;
        this.allocations = allocations;
        this.persons = persons;
        this.queries = queries;
        this.credits = credits;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/work")
    @PreAuthorize(Access.READ_WORK)
    String list(Model model) {
        model.addAttribute("programmes", programmes.list(Callers.current()));
        return "work/programmes";
    }

    @GetMapping("/work/programmes/{id}")
    @PreAuthorize(Access.READ_WORK)
    String programme(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return page(id, "", model);
    }

    @PostMapping("/work/programmes/{id}/allocations")
    @PreAuthorize(Access.MANAGE_WORK)
    String allocate(@PathVariable UUID id, @RequestParam(defaultValue = "") String booking, Model model) {
        try {
            UUID person = persons.idOfBooking(booking.trim());
            if (person == null) {
                throw ProblemException.invalid("work.validation", FieldProblem.of("personId", "work.BOOKING_UNKNOWN"));
            }
            allocations.allocate(new Requests.Allocation(person, id), Callers.current());
            return "redirect:/work/programmes/" + id + "?allocated";
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            formErrors.add(model, e, Map.of("personId", "booking"));
            return page(id, booking, model);
        }
    }

    @PostMapping("/work/programmes/{id}/credits")
    @PreAuthorize(Access.DERIVE_WORK_CREDITS)
    String derive(@PathVariable UUID id, @RequestParam(defaultValue = "") String month) {
        int n = credits.derive(id, month, Callers.current());
        return "redirect:/work/programmes/" + id + "?derived=" + n;
    }

    private String page(UUID id, String booking, Model model) {
        model.addAttribute("programme", programmes.get(id, Callers.current()));
        model.addAttribute("allocations", queries.allocations(id));
        model.addAttribute("booking", booking);
        model.addAttribute("today", settings.today());
        model.addAttribute("month", settings.today().toString().substring(0, 7));
        return "work/programme";
    }
}
