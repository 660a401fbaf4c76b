package org.custos.registry.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.OrderDocuments;
import org.custos.registry.Registry;
import org.custos.registry.PersonSummary;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admission form: one person, with the commitment order and everything Mandela Rule 7 asks. */
@Controller
class AdmissionPages {

    /** Where the registry's field names differ from the ids of the form's controls. */
    private static final Map<String, String> ANCHORS = Map.of(
            "commitmentOrder.documentSha256", "orderDocument",
            "file", "orderDocument",
            "legalStatus.kind", "legalStatus.kind-UNTRIED",
            "person.sex", "person.sex-MALE");

    private final Admissions admissions;
    private final Registry registry;
    private final OrderDocuments documents;
    private final FacilityDirectory facilities;
    private final FormErrors formErrors;
    private final RegistryView view;
    private final MessageSource messages;
    private final Clock clock;

    AdmissionPages(Admissions admissions, Registry registry, OrderDocuments documents, FacilityDirectory facilities,
                   FormErrors formErrors, RegistryView view, MessageSource messages, Clock clock) {
        this.admissions = admissions;
        this.registry = registry;
        this.documents = documents;
        this.facilities = facilities;
        this.formErrors = formErrors;
        this.view = view;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("form")
    void binding(WebDataBinder binder, org.springframework.web.context.request.WebRequest request) {
        binder.initDirectFieldAccess();
        org.custos.shared.web.FormLists.bound(binder, request, AdmissionForm.LISTS);
    }

    @GetMapping("/admissions/new")
    @PreAuthorize(Access.ADMIT)
    String form(@RequestParam(name = "person", required = false) java.util.UUID readmit, Model model) {
        AdmissionForm form = new AdmissionForm();
        if (readmit != null) {
            form.existingPersonId = readmit.toString();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        form.admittedDate = WebDates.typed(now.atZoneSameInstant(view.zone()).toLocalDate());
        form.admittedTime = WebDates.time(now, view.zone());
        form.person.nationality = "SV";
        List<Facility> mine = facilitiesOf(Callers.current());
        if (mine.size() == 1) {
            form.facilityCode = mine.getFirst().code();
        }
        formErrors.none(model);
        return show(model, form);
    }

    @PostMapping("/admissions")
    @PreAuthorize(Access.ADMIT)
    String admit(@ModelAttribute("form") AdmissionForm form,
                 @RequestParam(name = "orderDocument", required = false) MultipartFile orderDocument,
                 Model model, RedirectAttributes redirect, org.springframework.web.context.request.WebRequest web) {
        AdmissionMapper mapper = new AdmissionMapper(view.zone());
        try {
            OrderUpload.attach(form.commitmentOrder, orderDocument, documents, Callers.current().username());
            var request = mapper.toRequest(form);
            List<FieldProblem> tooMany = org.custos.shared.web.FormLists.problems(web);
            if (!mapper.typingProblems().isEmpty() || !tooMany.isEmpty()) {
                throw ProblemException.invalid("registry.validation",
                        java.util.stream.Stream.concat(tooMany.stream(), mapper.typingProblems().stream()).toList());
            }
            Admitted admitted = admissions.admit(request, Callers.current());
            redirect.addFlashAttribute("admitted", admitted.bookingNumber());
            return "redirect:/persons/" + admitted.personId() + "?purpose=" + Purposes.ADMISSION;
        } catch (ProblemException e) {
            refused(model, e, mapper);
            model.addAttribute("documentHolders", holders(e, form));
            return show(model, form);
        }
    }

    /**
     * For each document refused as another person's ({@code registry.document.taken}), that person as the caller's
     * search would show them (scoped, not logged), so the clerk can open the file instead of admitting a duplicate.
     */
    private Map<Integer, PersonSummary> holders(ProblemException e, AdmissionForm form) {
        Map<Integer, PersonSummary> out = new java.util.TreeMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("person\\.documents\\[(\\d+)]\\.number");
        for (FieldProblem f : e.fields()) {
            java.util.regex.Matcher m = row.matcher(f.field());
            if (!"registry.document.taken".equals(f.code()) || !m.matches()) {
                continue;
            }
            int i = Integer.parseInt(m.group(1));
            if (i >= form.person.documents.size() || AdmissionMapper.blank(form.person.documents.get(i).number)) {
                continue;
            }
            registry.search(new org.custos.registry.SearchQuery(null, form.person.documents.get(i).number, null, null,
                    null, null, 0, 1), Callers.current()).items().stream().findFirst().ifPresent(p -> out.put(i, p));
        }
        return out;
    }

    private void refused(Model model, ProblemException e, AdmissionMapper mapper) {
        if (e.fields().isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            String title = messages.getMessage("problem." + e.code(), null, e.code(), locale);
            model.addAttribute("errors", List.of(new FormErrors.SummaryLine("main", title)));
            model.addAttribute("fieldErrors", Map.of());
            return;
        }
        List<FieldProblem> renamed = e.fields().stream()
                .map(f -> new FieldProblem(mapper.formField(f.field()), f.code(), f.args())).toList();
        Map<String, String> anchors = new HashMap<>(ANCHORS);
        formErrors.add(model, new ProblemException(e.status(), e.code(), renamed), anchors);
        FieldLabels.name(model, renamed.stream().map(FieldProblem::field).toList(), messages,
                LocaleContextHolder.getLocale());
    }

    private String show(Model model, AdmissionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("readmitting", Readmission.of(form, registry));
        view.addOptions(model);
        model.addAttribute("facilities", facilitiesOf(Callers.current()).stream()
                .map(f -> new RegistryView.Option(f.code(), f.name() + " (" + f.code() + ")")).toList());
        return "registry/admission";
    }

    private List<Facility> facilitiesOf(CurrentUser user) {
        return facilities.list().stream().filter(f -> user.mayActIn(f.code())).toList();
    }
}
