package org.custos.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Bounds;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.LegalStatusKind;
import org.custos.shared.web.Validation;

/** Checks an admission request completely, naming the JSON path of every field at fault. */
final class AdmissionValidator {

    /**
     * What validation needs to know, loaded once per batch.
     *
     * @param existing persons named by {@code existingPersonId} in the batch
     * @param taken    document keys of the batch already held by persons in the registry
     * @param seen     document keys of requests of the batch accepted so far (grows)
     */
    record Context(OffsetDateTime now, Bounds bounds, Predicate<String> facilityExists, CurrentUser caller,
                   Map<UUID, PersonRow> existing, Set<Documents.Key> taken, Set<Documents.Key> seen) {
    }

    /** The longest lists an admission may carry (documented in docs/input-bounds.md). */
    static final int MAX_PROPERTY = 100;
    static final int MAX_FAMILY = 50;

    private AdmissionValidator() {
    }

    static Validation validate(AdmissionRequest r, Context c) {
        Validation v = new Validation();
        LocalDate today = c.bounds().today();
        boolean admittedOk = Fields.pastInstant(v, "admittedAt", r.admittedAt(), c.bounds());
        LocalDate admittedOn = admittedOk ? r.admittedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate() : null;
        LocalDate born = null;
        Set<Documents.Key> mine = new HashSet<>();
        if (r.existingPersonId() != null && r.person() != null) {
            v.reject("person", "registry.person.both");
        } else if (r.existingPersonId() != null) {
            PersonRow p = c.existing().get(r.existingPersonId());
            if (p == null || !Scope.visible(c.caller(), p)) {
                v.reject("existingPersonId", "registry.person.unknown");
            } else {
                v.rejectIf(p.held(), "existingPersonId", "registry.already-held");
                born = p.dateOfBirth();
            }
        } else if (r.person() == null) {
            v.reject("person", "required");
        } else {
            PersonValidator.validate(v, r.person(), today, admittedOn, c.taken(), c.seen(), mine);
            born = v.hasProblem("person.dateOfBirth") ? null : r.person().dateOfBirth();
        }
        facility(v, r.facilityCode(), c);
        if (admittedOk && born != null && r.admittedAt().toLocalDate().isBefore(born)) {
            v.reject("admittedAt", "registry.date.before-birth");
        }
        arrest(v, r, c.bounds(), born, admittedOk);
        order(v, r.commitmentOrder(), c.bounds());
        legalStatus(v, r.legalStatus());
        mandela(v, r);
        if (v.ok()) {
            c.seen().addAll(mine);
        }
        return v;
    }

    private static void facility(Validation v, String code, Context c) {
        if (Fields.blank(code)) {
            v.reject("facilityCode", "required");
        } else if (!c.facilityExists().test(code)) {
            v.reject("facilityCode", "registry.facility.unknown");
        } else if (!Scope.mayAdmitInto(c.caller(), code)) {
            v.reject("facilityCode", "registry.facility.out-of-scope");
        }
    }

    private static void arrest(Validation v, AdmissionRequest r, Bounds bounds, LocalDate born, boolean admittedOk) {
        if (Fields.pastInstant(v, "arrestedAt", r.arrestedAt(), bounds)) {
            if (admittedOk && r.arrestedAt().isAfter(r.admittedAt())) {
                v.reject("arrestedAt", "registry.arrest.after-admission");
            } else if (born != null && r.arrestedAt().toLocalDate().isBefore(born)) {
                v.reject("arrestedAt", "registry.date.before-birth");
            }
        }
        Fields.text(v, "arrestPlace", r.arrestPlace(), Fields.NAME_MAX);
    }

    private static void order(Validation v, CommitmentOrder o, Bounds bounds) {
        if (o == null) {
            v.reject("commitmentOrder", "registry.commitment-order.required");
            return;
        }
        Fields.text(v, "commitmentOrder.issuingAuthority", o.issuingAuthority(), Fields.NAME_MAX);
        Fields.text(v, "commitmentOrder.court", o.court(), Fields.NAME_MAX);
        Fields.text(v, "commitmentOrder.caseNumber", o.caseNumber(), 100);
        Fields.text(v, "commitmentOrder.legalBasis", o.legalBasis(), Fields.TEXT_MAX);
        if (o.issuedOn() == null) {
            v.reject("commitmentOrder.issuedOn", "required");
        } else {
            bounds.date(v, "commitmentOrder.issuedOn", o.issuedOn(), Bounds.Kind.PAST_FACT);
        }
        Fields.sha256(v, "commitmentOrder.documentSha256", o.documentSha256(), true);
    }

    static void legalStatus(Validation v, AdmissionRequest.InitialLegalStatus s) {
        if (s == null || s.kind() == null) {
            v.reject(s == null ? "legalStatus" : "legalStatus.kind", "required");
            return;
        }
        statusDetails(v, "legalStatus.", s.kind(), s.decreeNumber(), s.heldForState());
    }

    /** The details a kind of legal status requires: the state, or the decree. */
    static void statusDetails(Validation v, String prefix, LegalStatusKind kind, String decree, String state) {
        if (kind == LegalStatusKind.HELD_FOR_ANOTHER_STATE) {
            Fields.country(v, prefix + "heldForState", state, true);
        }
        if (kind == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION) {
            Fields.text(v, prefix + "decreeNumber", decree, 100);
        }
    }

    private static void mandela(Validation v, AdmissionRequest r) {
        Fields.text(v, "visibleInjuries", r.visibleInjuries(), Fields.TEXT_MAX);
        Fields.text(v, "illTreatmentComplaints", r.illTreatmentComplaints(), Fields.TEXT_MAX);
        int items = Bounds.list(v, "property", r.property(), MAX_PROPERTY) ? r.property().size() : 0;
        for (int i = 0; i < items; i++) {
            AdmissionRequest.PropertyItem item = r.property().get(i);
            if (item == null) {
                v.reject("property[" + i + "]", "required");
                continue;
            }
            Fields.text(v, "property[" + i + "].description", item.description(), Fields.NAME_MAX);
            v.rejectIf(item.quantity() < 1, "property[" + i + "].quantity", "registry.quantity");
        }
        int relatives = Bounds.list(v, "family", r.family(), MAX_FAMILY) ? r.family().size() : 0;
        for (int i = 0; i < relatives; i++) {
            family(v, "family[" + i + "]", r.family().get(i));
        }
        AdmissionRequest.EmergencyContact e = r.emergencyContact();
        if (e == null) {
            v.reject("emergencyContact", "required");
            return;
        }
        Fields.text(v, "emergencyContact.name", e.name(), Fields.NAME_MAX);
        Fields.optionalText(v, "emergencyContact.relationship", e.relationship(), Fields.NAME_MAX);
        if (Fields.blank(e.phone())) {
            v.reject("emergencyContact.phone", "required");
        } else {
            v.rejectIf(!e.phone().matches("[0-9+()\\- ]{6,30}"), "emergencyContact.phone", "registry.phone-shape");
        }
    }

    private static void family(Validation v, String path, AdmissionRequest.FamilyMember m) {
        if (m == null) {
            v.reject(path, "required");
            return;
        }
        Fields.text(v, path + ".name", m.name(), Fields.NAME_MAX);
        Fields.text(v, path + ".relationship", m.relationship(), Fields.NAME_MAX);
        Fields.optionalText(v, path + ".carer", m.carer(), Fields.NAME_MAX);
        if (m.age() != null && (m.age() < 0 || m.age() > 130)) {
            v.reject(path + ".age", "registry.family.age");
        } else if (m.age() != null && m.age() < 18 && Fields.blank(m.carer())) {
            v.reject(path + ".carer", "registry.family.carer-required");
        }
    }
}
