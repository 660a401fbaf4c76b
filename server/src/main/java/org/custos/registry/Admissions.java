package org.custos.registry;

import java.util.List;
import org.custos.identity.CurrentUser;

/**
 * Admitting persons: one at a time (forms, API) or in bulk (CSV import, demo dataset).
 *
 * <p>Rules checked on every admission (all at once; each problem names the JSON path of its field,
 * e.g. {@code person.documents[0].number}, {@code commitmentOrder.caseNumber}):
 * <ul>
 * <li>no admission without a commitment order: issuing authority, court, case number, legal basis,
 * date (not in the future) and the SHA-256 of its document (64 hex digits);</li>
 * <li>Mandela Rule 7: date, time and place of arrest (arrest not after admission), visible injuries
 * and complaints of prior ill-treatment (write "none" when there are none), property inventory, family
 * and children (a child under 18 needs the name of its carer), an emergency contact;</li>
 * <li>identity: given names, first surname, sex, date of birth, nationality (ISO 3166-1 alpha-2);
 * age at admission 12 to 120 — persons under 18 are admitted only to juvenile centres, which is the
 * facility's concern, not checked here; documents valid (DUI check digit, A-number shape, passport
 * with issuing country, other with description) and not already held by another person;</li>
 * <li>times not in the future (the injected clock) and not before birth; the facility exists;</li>
 * <li>either {@code person} (new) or {@code existingPersonId} (re-admission of a released person);
 * re-admitting a person held now is refused with 409 {@code registry.already-held}.</li>
 * </ul>
 * Every admission is assigned a new booking number {@code SV-<year>-<sequence>} if the person is new;
 * a re-admitted person keeps theirs.
 */
public interface Admissions {

    /**
     * Validates everything, then writes the person, admission, legal status and event in one
     * transaction; refuses with a 422 problem naming every field at fault and writes nothing. No
     * scope checks: for trusted callers (demo data, imports run by the system).
     */
    Admitted admit(AdmissionRequest request, String actor);

    /**
     * As {@link #admit(AdmissionRequest, String)}, as {@code caller}: a facility-scoped caller may
     * admit only into its facilities (field {@code facilityCode}, code {@code registry.facility.out-of-scope})
     * and re-admit only persons it can see.
     */
    Admitted admit(AdmissionRequest request, org.custos.identity.CurrentUser caller);

    /**
     * Admits many with the same validations, in batches; returns one outcome per request, in order
     * (an {@link Admitted} or the field problems). Invalid requests are not written; valid ones are,
     * with JDBC batch inserts and one {@link org.custos.shared.events.CustodyEventBatch} of
     * {@link PersonAdmitted} events. Give at most a few thousand per call.
     */
    List<BulkOutcome> admitAll(List<AdmissionRequest> requests, String actor);

    /** As {@link #admitAll(List, String)}, scoped to {@code caller} like {@link #admit(AdmissionRequest, CurrentUser)}. */
    List<BulkOutcome> admitAll(List<AdmissionRequest> requests, CurrentUser caller);

    /** The outcome of one request of a bulk admission. */
    record BulkOutcome(int index, Admitted admitted, List<org.custos.shared.web.FieldProblem> problems) {
        public boolean ok() {
            return admitted != null;
        }
    }
}
