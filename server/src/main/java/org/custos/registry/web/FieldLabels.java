package org.custos.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * Names the field in each line of an error summary ("Fecha de la orden: Este campo es
 * obligatorio."), so a summary of several "required" lines still says which is which.
 */
final class FieldLabels {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("person.givenNames", "admission.givenNames"),
            Map.entry("person.firstSurname", "admission.firstSurname"),
            Map.entry("person.secondSurname", "admission.secondSurname"),
            Map.entry("person.aliases", "admission.aliases"),
            Map.entry("person.sex", "admission.sex"),
            Map.entry("person.dateOfBirth", "admission.dateOfBirth"),
            Map.entry("person.nationality", "admission.nationality"),
            Map.entry("person.documents[].type", "admission.document.type"),
            Map.entry("person.documents[].number", "admission.document.number"),
            Map.entry("person.documents[].issuingCountry", "admission.document.country"),
            Map.entry("person.documents[].description", "admission.document.description"),
            Map.entry("facilityCode", "admission.facility"),
            Map.entry("admittedAt", "admission.admittedAt"),
            Map.entry("arrestedAt", "admission.arrestedAt"),
            Map.entry("arrestPlace", "admission.arrestPlace"),
            Map.entry("commitmentOrder", "admission.section.order"),
            Map.entry("commitmentOrder.issuingAuthority", "admission.order.authority"),
            Map.entry("commitmentOrder.court", "admission.order.court"),
            Map.entry("commitmentOrder.caseNumber", "admission.order.caseNumber"),
            Map.entry("commitmentOrder.legalBasis", "admission.order.legalBasis"),
            Map.entry("commitmentOrder.issuedOn", "admission.order.issuedOn"),
            Map.entry("commitmentOrder.documentSha256", "admission.order.document"),
            Map.entry("legalStatus", "admission.section.status"),
            Map.entry("legalStatus.kind", "admission.status.kind"),
            Map.entry("legalStatus.decreeNumber", "admission.status.decree"),
            Map.entry("legalStatus.heldForState", "admission.status.state"),
            Map.entry("visibleInjuries", "admission.injuries"),
            Map.entry("illTreatmentComplaints", "admission.complaints"),
            Map.entry("property[].description", "admission.property.description"),
            Map.entry("property[].quantity", "admission.property.quantity"),
            Map.entry("family[].name", "admission.family.name"),
            Map.entry("family[].relationship", "admission.family.relationship"),
            Map.entry("family[].age", "admission.family.age"),
            Map.entry("family[].carer", "admission.family.carer"),
            Map.entry("emergencyContact", "admission.section.contact"),
            Map.entry("emergencyContact.name", "admission.section.contact"),
            Map.entry("emergencyContact.relationship", "admission.contact.relationship"),
            Map.entry("emergencyContact.phone", "admission.contact.phone"));

    private FieldLabels() {
    }

    /** Rewrites the model's summary lines, whose order matches {@code fields}, with the field's label. */
    static void name(Model model, List<String> fields, MessageSource messages, Locale locale) {
        @SuppressWarnings("unchecked")
        List<FormErrors.SummaryLine> lines = (List<FormErrors.SummaryLine>) model.getAttribute("errors");
        if (lines == null || lines.size() != fields.size()) {
            return;
        }
        List<FormErrors.SummaryLine> named = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            named.add(new FormErrors.SummaryLine(lines.get(i).anchor(),
                    label(fields.get(i), messages, locale) + lines.get(i).message()));
        }
        model.addAttribute("errors", named);
    }

    private static String label(String field, MessageSource messages, Locale locale) {
        Matcher m = ROW.matcher(field);
        String row = m.find() ? m.group(1) : null;
        String key = KEYS.get(ROW.matcher(field).replaceAll("[]"));
        if (key == null) {
            return "";
        }
        Object[] args = row == null ? null : new Object[] {Integer.parseInt(row) + 1};
        String label = messages.getMessage(key, args, "", locale);
        if (row != null && field.startsWith("person.documents")) {
            label = messages.getMessage("admission.document.n", args, "", locale) + ", " + label;
        } else if (row != null && field.startsWith("family")) {
            label = messages.getMessage("admission.family.n", args, "", locale) + ", " + label;
        }
        return label.isBlank() ? "" : label + ": ";
    }
}
