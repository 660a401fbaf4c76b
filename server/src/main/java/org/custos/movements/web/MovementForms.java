package org.custos.movements.web;

import org.custos.movements.internal.MovementRequests;
import org.custos.movements.internal.MovementService;
import org.custos.movements.internal.TransferService;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.PersonLocation;
import org.custos.housing.Whereabouts;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms that authorize a transfer (with the family's notification, without which it is refused:
 * Mandela Rule 68) and an escort out (court, hospital). One thing per page; a refused form comes back
 * with what was typed, the summary at the top and the message beside each field.
 */
@Controller
class MovementForms {

    private final TransferService transfers;
    private final MovementService escorts;
    private final Whereabouts whereabouts;
    private final FacilityDirectory facilities;
    private final FormErrors formErrors;
    private final ZoneId zone;

    MovementForms(TransferService transfers, MovementService escorts, Whereabouts whereabouts,
                  FacilityDirectory facilities, FormErrors formErrors,
                  @Value("${custos.time-zone:America/El_Salvador}") String zone) {
        this.transfers = transfers;
        this.escorts = escorts;
        this.whereabouts = whereabouts;
        this.facilities = facilities;
        this.formErrors = formErrors;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/movements/facilities/{code}/transfers/new")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    String transferForm(@PathVariable String code, Model model) {
        formErrors.none(model);
        return transferPage(code, Map.of(), model);
    }

    @PostMapping("/movements/facilities/{code}/transfers")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    String authorizeTransfer(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
        try {
            boolean notified = !blank(form.get("notifiedPerson")) || !blank(form.get("means"))
                    || !blank(form.get("notifiedAt"));
            var family = notified ? new MovementRequests.FamilyNotification(form.get("notifiedPerson"),
                    form.get("means"), time(form.get("notifiedAt"), "familyNotification.notifiedAt")) : null;
            transfers.authorize(new MovementRequests.Transfer(person(form.get("booking")), form.get("toFacility"),
                    form.get("reason"), form.get("authorizedBy"), family), Callers.current());
            return "redirect:/movements/facilities/" + code + "?authorized";
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of("personId", "booking", "familyNotification", "notifiedPerson",
                    "familyNotification.notifiedPerson", "notifiedPerson", "familyNotification.means", "means",
                    "familyNotification.notifiedAt", "notifiedAt"));
            return transferPage(code, form, model);
        }
    }

    @GetMapping("/movements/facilities/{code}/escorts/new")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    String escortForm(@PathVariable String code, Model model) {
        formErrors.none(model);
        return escortPage(code, Map.of(), model);
    }

    @PostMapping("/movements/facilities/{code}/escorts")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    String escortOut(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
        try {
            List<String> staff = form.get("escortStaff") == null ? List.of()
                    : Arrays.stream(form.get("escortStaff").split(",")).map(String::trim).toList();
            escorts.escortOut(new MovementRequests.Escort(person(form.get("booking")), form.get("purpose"),
                    form.get("destination"), form.get("authorizedBy"), staff, time(form.get("departedAt"), "departedAt")),
                    Callers.current());
            return "redirect:/movements/facilities/" + code + "?escorted";
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of("personId", "booking"));
            return escortPage(code, form, model);
        }
    }

    private String transferPage(String code, Map<String, String> form, Model model) {
        scope(code);
        model.addAttribute("facilityCode", code);
        model.addAttribute("facilities", facilities.list().stream().filter(f -> !f.code().equals(code)).toList());
        model.addAttribute("form", form);
        return "movements/transfer";
    }

    private String escortPage(String code, Map<String, String> form, Model model) {
        scope(code);
        model.addAttribute("facilityCode", code);
        model.addAttribute("purposes", List.of("COURT", "HOSPITAL", "FUNERAL", "OTHER"));
        model.addAttribute("form", form);
        return "movements/escort";
    }

    private static void scope(String code) {
        if (!Callers.current().mayActIn(code)) {
            throw ProblemException.notFound("movements.not-found");
        }
    }

    /**
     * The person of a typed booking number: null when blank (refused as required), the nil id when
     * unknown (refused like an unknown person, after every other field has been checked).
     */
    private java.util.UUID person(String booking) {
        if (blank(booking)) {
            return null;
        }
        return whereabouts.locateByBooking(booking).map(PersonLocation::personId).orElse(new java.util.UUID(0, 0));
    }

    /** {@code 2026-11-24T08:30} (the browser's date-time field) in the system's time zone; null if blank. */
    private OffsetDateTime time(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("movements.validation", FieldProblem.of(field, "movements.time-shape"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
