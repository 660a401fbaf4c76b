package org.custos.oversight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.housing.Cells;
import org.custos.identity.CurrentUser;
import org.custos.oversight.internal.CaseService;
import org.custos.oversight.internal.HealthService;
import org.custos.oversight.internal.OversightSettings;
import org.custos.oversight.internal.ReadingService;
import org.custos.oversight.internal.RegisterQueries;
import org.custos.oversight.internal.Requests;
import org.custos.oversight.internal.SegregationService;
import org.custos.shared.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register forms a monitor or a warden uses daily — a complaint or request, an allegation of ill-treatment, a
 * monitors' visit, a segregation with its planned end, a cell's temperature reading: each form's controls, and its
 * submission through the module's service (the same validation, event and ledger entry as the API).
 */
@Component
class FormCatalog {

    static final List<String> KINDS = List.of("complaints", "allegations", "visits", "segregations", "readings");
    private static final Map<String, String> NAMES = Map.of("personId", "bookingNumber");
    private final MessageSource messages;
    private final RegisterQueries registers;
    private final Cells cells;
    private final CaseService cases;
    private final HealthService health;
    private final SegregationService segregation;
    private final ReadingService readings;
    private final OversightSettings settings;

    FormCatalog(MessageSource messages, RegisterQueries registers, Cells cells, CaseService cases, HealthService health,
                SegregationService segregation, ReadingService readings, OversightSettings settings) {
        this.messages = messages;
        this.registers = registers;
        this.cells = cells;
        this.cases = cases;
        this.health = health;
        this.segregation = segregation;
        this.readings = readings;
        this.settings = settings;
    }

    List<FormField> fields(String kind, String facility, Locale locale) {
        List<FormField> f = new ArrayList<>();
        switch (kind) {
            case "complaints" -> {
                f.add(field(kind, "bookingNumber", FormField.Kind.TEXT, locale));
                f.add(choice(kind, "kind", CaseService.COMPLAINT_KINDS, "oversight.complaintKind.", locale));
                f.add(field(kind, "subject", FormField.Kind.TEXTAREA, locale));
                f.add(field(kind, "confidential", FormField.Kind.CHECKBOX, locale));
                f.add(field(kind, "lodgedAt", FormField.Kind.DATETIME, locale));
            }
            case "allegations" -> {
                f.add(field(kind, "bookingNumber", FormField.Kind.TEXT, locale));
                f.add(field(kind, "receivedAt", FormField.Kind.DATETIME, locale));
                f.add(field(kind, "account", FormField.Kind.TEXTAREA, locale));
            }
            case "visits" -> {
                f.add(field(kind, "visitedOn", FormField.Kind.DATE, locale));
                f.add(field(kind, "body", FormField.Kind.TEXT, locale));
                f.add(field(kind, "places", FormField.Kind.TEXTAREA, locale));
                f.add(field(kind, "findings", FormField.Kind.TEXTAREA, locale));
            }
            case "segregations" -> {
                f.add(field(kind, "bookingNumber", FormField.Kind.TEXT, locale));
                f.add(choice(kind, "kind", SegregationService.KINDS, "oversight.segregationKind.", locale));
                f.add(field(kind, "ground", FormField.Kind.TEXTAREA, locale));
                f.add(field(kind, "authorizedBy", FormField.Kind.TEXT, locale));
                f.add(field(kind, "startedAt", FormField.Kind.DATETIME, locale));
                f.add(field(kind, "plannedEnd", FormField.Kind.DATETIME, locale));
            }
            case "readings" -> {
                List<FormField.Option> options = cells.cells(facility).stream()
                        .map(c -> new FormField.Option(c.id().toString(), c.code())).toList();
                f.add(new FormField("cellId", label(kind, "cellId", locale), null, FormField.Kind.SELECT, options));
                f.add(field(kind, "measuredAt", FormField.Kind.DATETIME, locale));
                f.add(field(kind, "celsius", FormField.Kind.DECIMAL, locale));
                f.add(field(kind, "humidity", FormField.Kind.DECIMAL, locale));
            }
            default -> throw ProblemException.notFound("oversight.not-found");
        }
        return f;
    }

    /** Records the form's content through the service; a refusal names the form's controls. */
    void submit(String kind, String facility, Map<String, String> form, CurrentUser caller) {
        FormInput in = new FormInput(form, settings.zone());
        try {
            switch (kind) {
                case "complaints" -> {
                    var r = new Requests.Complaint(person(in, facility), in.text("kind"), in.text("subject"),
                            in.checked("confidential"), in.instant("lodgedAt"), null);
                    in.throwIfUnreadable();
                    cases.lodge(r, caller);
                }
                case "allegations" -> {
                    var r = new Requests.Allegation(person(in, facility), in.instant("receivedAt"), in.text("account"));
                    in.throwIfUnreadable();
                    cases.allege(r, caller);
                }
                case "visits" -> {
                    var r = new Requests.Visit(facility, in.date("visitedOn"), in.text("body"), in.text("places"),
                            in.text("findings"));
                    in.throwIfUnreadable();
                    health.visit(r, caller);
                }
                case "segregations" -> {
                    var r = new Requests.Segregation(person(in, facility), in.text("kind"), in.text("ground"),
                            in.text("authorizedBy"), in.instant("startedAt"), in.instant("plannedEnd"));
                    in.throwIfUnreadable();
                    segregation.segregate(r, caller);
                }
                case "readings" -> {
                    var r = new Requests.Reading(cell(in), in.instant("measuredAt"), in.decimal("celsius"),
                            in.decimal("humidity"));
                    in.throwIfUnreadable();
                    readings.record(new Requests.Readings("MANUAL", List.of(r)), caller);
                }
                default -> throw ProblemException.notFound("oversight.not-found");
            }
        } catch (ProblemException e) {
            throw e.fields().isEmpty() ? e : FormInput.renamed(e, NAMES);
        }
    }

    /** The person held at this facility with the booking number typed; none is a field error. */
    private java.util.UUID person(FormInput in, String facility) {
        String booking = in.text("bookingNumber");
        if (booking == null) {
            in.problems.reject("bookingNumber", "oversight.PERSON_REQUIRED");
            return null;
        }
        return registers.heldBy(facility, booking).orElseGet(() -> {
            in.problems.reject("bookingNumber", "oversight.BOOKING_UNKNOWN");
            return null;
        });
    }

    private static java.util.UUID cell(FormInput in) {
        String id = in.text("cellId");
        if (id == null) {
            in.problems.reject("cellId", "oversight.REQUIRED");
            return null;
        }
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            in.problems.reject("cellId", "oversight.CELL_UNKNOWN");
            return null;
        }
    }

    private FormField field(String kind, String name, FormField.Kind type, Locale locale) {
        return new FormField(name, label(kind, name, locale),
                messages.getMessage("oversight.form." + kind + "." + name + ".hint", null, null, locale), type, List.of());
    }

    private FormField choice(String kind, String name, List<String> codes, String prefix, Locale locale) {
        return new FormField(name, label(kind, name, locale), null, FormField.Kind.SELECT, codes.stream()
                .map(c -> new FormField.Option(c, messages.getMessage(prefix + c, null, locale))).toList());
    }

    private String label(String kind, String name, Locale locale) {
        return messages.getMessage("oversight.form." + kind + "." + name, null, locale);
    }

}
