package org.custos.agreements.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custos.agreements.ManifestChecked;
import org.custos.agreements.internal.AgreementReads;
import org.custos.agreements.internal.AgreementService;
import org.custos.agreements.rules.Eligibility;
import org.custos.identity.CurrentUser;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake from a flight manifest, in one transaction under the agreement's lock: the manifest is checked whole
 * (a malformed one is refused and nothing is written), then each person is decided in row order — a duplicate of an
 * earlier row, the agreement's eligibility rules ({@link Eligibility}), a basis document, the quota (places less
 * the persons held under the agreement now) — and the accepted are admitted through the registry; a person the
 * registry refuses (a document it already holds) is refused and nothing is written for them. Every decision is
 * stored with {@link ManifestChecked}. Two manifests for one agreement are decided one after the other (the lock),
 * so together they never exceed the quota.
 */
@Service
public class IntakeService {

    static final String INVALID = "agreements.validation";

    /** What a manifest decided, row by row. */
    public record Result(UUID manifestId, UUID agreementId, int places, int heldBefore, List<Decided> rows) {
        public long accepted() {
            return rows.stream().filter(Decided::accepted).count();
        }

        public long refused() {
            return rows.size() - accepted();
        }
    }

    private final AgreementReads reads;
    private final IntakeStore store;
    private final Admissions admissions;
    private final ApplicationEventPublisher events;
    private final Bounds bounds;

    IntakeService(AgreementReads reads, IntakeStore store, Admissions admissions, ApplicationEventPublisher events,
                  Bounds bounds) {
        this.reads = reads;
        this.store = store;
        this.admissions = admissions;
        this.events = events;
        this.bounds = bounds;
    }

    /**
     * Checks and decides a manifest; {@code readProblems} are what reading a file found (a date it could not read),
     * refused together with every other problem. {@code source}: CSV or JSON.
     */
    @Transactional
    public Result submit(Manifest m, String source, CurrentUser caller, List<FieldProblem> readProblems) {
        AgreementService.Agreement a = check(m, caller, readProblems);
        store.lock(a.id());
        a = reads.get(a.id(), null); // an amendment committed while we waited applies
        AgreementService.Version v = a.current();
        int held = store.heldNow(a.id());
        LocalDate intakeOn = bounds.dayOf(m.arrivedAt());
        List<Decided> rows = new ArrayList<>();
        List<Integer> eligible = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < m.persons().size(); i++) {
            Manifest.Person p = m.persons().get(i);
            Integer earlier = duplicate(seen, p, i + 1);
            Eligibility.Decision d = Eligibility.decide(v.terms().eligibility(), v.endsOn(), candidate(p, intakeOn));
            String version = v.terms().eligibility().version();
            if (earlier != null) {
                rows.add(Decided.refused(i + 1, p, "DUPLICATE", version, "DUPLICATE_IN_MANIFEST", String.valueOf(earlier)));
            } else if (!d.eligible()) {
                rows.add(Decided.refused(i + 1, p, d.refusals().getFirst(), d.refusals()));
            } else if (!p.hasDocument()) {
                rows.add(Decided.refused(i + 1, p, "BASIS", version, "NO_BASIS_DOCUMENT", null));
            } else {
                rows.add(new Decided(i + 1, p, true, null, null, null, List.of(), null, null, null, d.returnDate(), d.heldUntil()));
                eligible.add(i);
            }
        }
        admit(m, a, v, rows, eligible, held, caller);
        OffsetDateTime at = bounds.now().withOffsetSameInstant(ZoneOffset.UTC);
        Result result = new Result(UUID.randomUUID(), a.id(), v.places(), held, rows);
        store.write(result, m, v, source, actor(caller), at);
        events.publishEvent(new ManifestChecked(UUID.randomUUID(), result.manifestId(), a.id(), m.flight().trim(),
                m.facilityCode(), (int) result.accepted(), (int) result.refused(), actor(caller), at));
        return result;
    }

    /** Admits the eligible in row order while places are left; the rest are refused on the quota. */
    private void admit(Manifest m, AgreementService.Agreement a, AgreementService.Version v, List<Decided> rows,
                       List<Integer> eligible, int held, CurrentUser caller) {
        int left = v.places() - held;
        int next = 0;
        String version = v.terms().eligibility().version();
        while (next < eligible.size() && left > 0) {
            List<Integer> batch = eligible.subList(next, Math.min(eligible.size(), next + left));
            next += batch.size();
            List<AdmissionRequest> requests = batch.stream().map(i -> Admitting.request(m, m.persons().get(i), a)).toList();
            List<Admissions.BulkOutcome> outcomes;
            try {
                outcomes = caller == null ? admissions.admitAll(requests, "system") : admissions.admitAll(requests, caller);
            } catch (DuplicateKeyException raced) {
                throw ProblemException.conflict("agreements.intake.RACED");
            }
            for (int k = 0; k < batch.size(); k++) {
                int i = batch.get(k);
                Decided d = rows.get(i);
                Admissions.BulkOutcome o = outcomes.get(k);
                if (o.ok()) {
                    rows.set(i, new Decided(d.row(), d.person(), true, null, null, null, List.of(), o.admitted().personId(),
                            o.admitted().admissionId(), o.admitted().bookingNumber(), d.returnDate(), d.heldUntil()));
                    left--;
                } else {
                    FieldProblem f = o.problems().getFirst();
                    boolean taken = o.problems().stream().anyMatch(x -> x.code().equals("registry.document.taken"));
                    rows.set(i, taken ? Decided.refused(d.row(), d.person(), "DUPLICATE", version, "DUPLICATE_IN_REGISTRY", null)
                            : Decided.refused(d.row(), d.person(), "REGISTRY", version, "REGISTRY_REFUSED", f.code()));
                }
            }
        }
        for (int i : eligible.subList(next, eligible.size())) {
            Decided d = rows.get(i);
            rows.set(i, Decided.refused(d.row(), d.person(), "QUOTA", version, "QUOTA_FULL", String.valueOf(v.places())));
        }
    }

    private AgreementService.Agreement check(Manifest m, CurrentUser caller, List<FieldProblem> readProblems) {
        Validation v = new Validation();
        if (m == null) throw ProblemException.invalid(INVALID, FieldProblem.of("body", ManifestValidator.REQUIRED));
        Optional<AgreementService.Agreement> found = reads.byCode(m.agreement(), caller);
        v.rejectIf(found.isEmpty(), "agreement", "agreements.intake.AGREEMENT_UNKNOWN");
        ManifestValidator.check(v, m, found.map(AgreementService.Agreement::code).orElse(""), bounds);
        if (found.isPresent()) {
            if (m.facilityCode() == null || !found.get().current().terms().facilities().contains(m.facilityCode())) {
                v.reject("facilityCode", "agreements.intake.FACILITY_NOT_IN_AGREEMENT");
            } else {
                v.rejectIf(caller != null && !caller.mayActIn(m.facilityCode()), "facilityCode",
                        "agreements.FACILITY_NOT_IN_SCOPE");
            }
        }
        List<FieldProblem> all = new ArrayList<>(readProblems);
        var read = readProblems.stream().map(FieldProblem::field).collect(java.util.stream.Collectors.toSet());
        v.problems().stream().filter(p -> !read.contains(p.field())).forEach(all::add);
        if (!all.isEmpty()) throw ProblemException.invalid(INVALID, all);
        return found.orElseThrow();
    }

    /** The row number of an earlier row with the same document or the same name and date of birth, or null. */
    private static Integer duplicate(Map<String, Integer> seen, Manifest.Person p, int row) {
        String document = "doc:" + p.documentType() + ":" + p.documentNumber().trim().toUpperCase() + ":" + p.documentCountry();
        String identity = "id:" + norm(p.givenNames()) + ":" + norm(p.firstSurname()) + ":" + p.dateOfBirth();
        Integer earlier = seen.get(document);
        if (earlier == null) earlier = seen.get(identity);
        seen.putIfAbsent(document, row);
        seen.putIfAbsent(identity, row);
        return earlier;
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s.trim().toLowerCase(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }

    private static Eligibility.Candidate candidate(Manifest.Person p, LocalDate intakeOn) {
        return new Eligibility.Candidate(p.status(), p.sex(), p.dateOfBirth(), p.nationality(), p.offences(),
                Boolean.TRUE.equals(p.lifeSentence()), p.sentenceEnd(), Boolean.TRUE.equals(p.escapeRisk()),
                Boolean.TRUE.equals(p.seriousMentalDisorder()), Boolean.TRUE.equals(p.expulsionOrdered()),
                Boolean.TRUE.equals(p.consent()), p.toldOn(), intakeOn);
    }

    static String actor(CurrentUser caller) {
        return caller == null ? "system" : caller.username();
    }
}
