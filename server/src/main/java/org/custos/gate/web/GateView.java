package org.custos.gate.web;

import java.util.List;
import java.util.Map;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.gate.internal.GateRequests;
import org.custos.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the gate's forms need: option lists in the user's language, the caller's facilities, form mapping. */
@Component
class GateView {

    record Option(String value, String label) {
    }

    private static final List<String> KINDS = List.of("VISITOR", "LAWYER", "OFFICIAL", "STAFF", "CONTRACTOR");
    private static final List<String> OUTCOMES = List.of("TOOK_PLACE", "REFUSED_AT_GATE", "CANCELLED", "NO_SHOW");
    private static final List<String> DOCUMENTS = List.of("DUI", "PASSPORT", "STAFF_CARD", "PROFESSIONAL_CARD", "OTHER");
    private final MessageSource messages;
    private final FacilityDirectory facilities;

    GateView(MessageSource messages, FacilityDirectory facilities) {
        this.messages = messages;
        this.facilities = facilities;
    }

    List<Facility> facilities(CurrentUser caller) {
        return facilities.list().stream().filter(f -> caller.mayActIn(f.code())).toList();
    }

    /** The facility asked for, or the caller's first one. */
    String facility(String asked, CurrentUser caller) {
        if (asked != null && !asked.isBlank()) {
            return asked;
        }
        List<Facility> mine = facilities(caller);
        return mine.isEmpty() ? null : mine.get(0).code();
    }

    void options(Model model, CurrentUser caller) {
        model.addAttribute("kinds", options("gate.kind.", KINDS));
        model.addAttribute("documentTypes", options("gate.documentType.", DOCUMENTS));
        model.addAttribute("facilityOptions", facilities(caller).stream()
                .map(f -> new Option(f.code(), f.name() + " (" + f.code() + ")")).toList());
    }

    /** The outcomes of a visit, for its form. */
    List<Option> outcomes() {
        return options("gate.status.", OUTCOMES);
    }

    /** A value for a query string of a redirect. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<Option> options(String prefix, List<String> values) {
        return values.stream().map(v -> new Option(v, messages.getMessage(prefix + v, null, v,
                LocaleContextHolder.getLocale()))).toList();
    }

    static GateRequests.Entrant entrant(Map<String, String> f) {
        return new GateRequests.Entrant(f.get("person.kind"), f.get("person.givenNames"), f.get("person.firstSurname"),
                f.get("person.secondSurname"), f.get("person.documentType"), f.get("person.documentNumber"),
                f.get("person.documentCountry"), f.get("person.organisation"));
    }

    static GateRequests.Entry entry(Map<String, String> f) {
        return new GateRequests.Entry(f.get("facilityCode"), f.get("gate"), entrant(f), f.get("purpose"),
                f.get("visitedBooking"), f.get("area"), f.get("authorizedBy"), null, null);
    }
}
