package org.custos.registry.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.Validation;

/**
 * Turns what was typed into an {@link AdmissionRequest}. Blank rows are left out; the problems of
 * typing (a date that is not a date, a quantity that is not a number) are collected with the form's
 * field names; everything else is the registry's to judge. {@link #formField} maps the registry's
 * field names back to the form's rows, since blank rows are skipped.
 */
final class AdmissionMapper {

    private final Validation typing = new Validation();
    private final List<Integer> documentRows = new ArrayList<>();
    private final List<Integer> propertyRows = new ArrayList<>();
    private final List<Integer> familyRows = new ArrayList<>();
    private final ZoneId zone;

    AdmissionMapper(ZoneId zone) {
        this.zone = zone;
    }

    List<FieldProblem> typingProblems() {
        return typing.problems();
    }

    AdmissionRequest toRequest(AdmissionForm f) {
        var p = f.person;
        List<IdentityDocument> documents = new ArrayList<>();
        for (int i = 0; i < p.documents.size(); i++) {
            var d = p.documents.get(i);
            if (!blank(d.type) || !blank(d.number) || !blank(d.description)) {
                documentRows.add(i);
                documents.add(new IdentityDocument(enumOf(DocumentType.class, d.type), trim(d.number),
                        upper(d.issuingCountry), trim(d.description)));
            }
        }
        List<String> aliases = p.aliases == null ? List.of()
                : Arrays.stream(p.aliases.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        PersonDetails person = new PersonDetails(trim(p.givenNames), trim(p.firstSurname), trim(p.secondSurname),
                aliases, enumOf(Sex.class, p.sex), date("person.dateOfBirth", p.dateOfBirth), upper(p.nationality),
                documents);
        var o = f.commitmentOrder;
        boolean noOrder = blank(o.issuingAuthority) && blank(o.court) && blank(o.caseNumber) && blank(o.legalBasis)
                && blank(o.issuedOn) && blank(o.documentSha256);
        CommitmentOrder order = noOrder ? null : new CommitmentOrder(trim(o.issuingAuthority), trim(o.court),
                trim(o.caseNumber), trim(o.legalBasis), date("commitmentOrder.issuedOn", o.issuedOn),
                trim(o.documentSha256));
        var s = f.legalStatus;
        var status = blank(s.kind) && blank(s.decreeNumber) && blank(s.heldForState) ? null
                : new AdmissionRequest.InitialLegalStatus(enumOf(LegalStatusKind.class, s.kind), trim(s.decreeNumber),
                upper(s.heldForState));
        var c = f.emergencyContact;
        var contact = blank(c.name) && blank(c.relationship) && blank(c.phone) ? null
                : new AdmissionRequest.EmergencyContact(trim(c.name), trim(c.relationship), trim(c.phone));
        UUID existing = existing(f.existingPersonId);
        return new AdmissionRequest(existing, existing == null ? person : null, trim(f.facilityCode),
                instant("admittedAt", f.admittedDate, f.admittedTime), order, status,
                instant("arrestedAt", f.arrestedDate, f.arrestedTime), trim(f.arrestPlace),
                trim(f.visibleInjuries), trim(f.illTreatmentComplaints), property(f), family(f), contact);
    }

    private UUID existing(String id) {
        if (blank(id)) {
            return null;
        }
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            typing.reject("existingPersonId", "invalid");
            return null;
        }
    }

    private List<AdmissionRequest.PropertyItem> property(AdmissionForm f) {
        List<AdmissionRequest.PropertyItem> items = new ArrayList<>();
        for (int i = 0; i < f.property.size(); i++) {
            var item = f.property.get(i);
            if (!blank(item.description) || !blank(item.quantity)) {
                propertyRows.add(i);
                Integer q = number("property[" + i + "].quantity", item.quantity);
                items.add(new AdmissionRequest.PropertyItem(trim(item.description), q == null ? 1 : q));
            }
        }
        return items;
    }

    private List<AdmissionRequest.FamilyMember> family(AdmissionForm f) {
        List<AdmissionRequest.FamilyMember> members = new ArrayList<>();
        for (int i = 0; i < f.family.size(); i++) {
            var m = f.family.get(i);
            if (!blank(m.name) || !blank(m.relationship) || !blank(m.age) || !blank(m.carer)) {
                familyRows.add(i);
                members.add(new AdmissionRequest.FamilyMember(trim(m.name), trim(m.relationship),
                        number("family[" + i + "].age", m.age), trim(m.carer)));
            }
        }
        return members;
    }

    /** The form's name for a field the registry names: {@code property[0]} may be the form's third row. */
    String formField(String field) {
        if (field.equals("file")) {
            return "commitmentOrder.documentSha256";
        }
        String f = field.replaceFirst("^person\\.aliases\\[\\d+]", "person.aliases");
        f = row(f, "person.documents", documentRows);
        f = row(f, "property", propertyRows);
        return row(f, "family", familyRows);
    }

    private static String row(String field, String list, List<Integer> rows) {
        String prefix = list + "[";
        if (!field.startsWith(prefix)) {
            return field;
        }
        int end = field.indexOf(']', prefix.length());
        try {
            int index = Integer.parseInt(field.substring(prefix.length(), end));
            int formRow = index < rows.size() ? rows.get(index) : index;
            return prefix + formRow + field.substring(end);
        } catch (RuntimeException e) {
            return field;
        }
    }

    private LocalDate date(String field, String text) {
        try {
            return WebDates.parseDate(text).orElse(null);
        } catch (DateTimeParseException e) {
            typing.reject(field, "web.date");
            return null;
        }
    }

    private OffsetDateTime instant(String field, String date, String time) {
        try {
            WebDates.parseTime(time);
        } catch (DateTimeParseException e) {
            typing.reject(field, "web.time");
            return null;
        }
        try {
            return WebDates.parseInstant(date, time, zone).orElse(null);
        } catch (DateTimeParseException e) {
            typing.reject(field, "web.date");
            return null;
        }
    }

    private Integer number(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            typing.reject(field, "web.number");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (blank(name)) {
            return null;
        }
        return Optional.of(name.strip()).flatMap(n -> Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(n)).findFirst()).orElse(null);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
