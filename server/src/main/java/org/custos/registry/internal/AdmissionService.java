package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.PersonAdmitted;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Validates admissions completely, then writes them in one transaction per batch. */
@Service
class AdmissionService implements Admissions {

    static final int BATCH = 2000;
    /** How often a bulk chunk is tried when concurrent requests keep taking its documents first. */
    static final int RACE_ATTEMPTS = 3;
    private final AdmissionLookups lookups;
    private final AdmissionWriter writer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdmissionService(AdmissionLookups lookups, AdmissionWriter writer, ApplicationEventPublisher events,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.lookups = lookups;
        this.writer = writer;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Admitted admit(AdmissionRequest request, String actor) {
        return admitOne(request, actor, null);
    }

    @Override
    @Transactional
    public Admitted admit(AdmissionRequest request, CurrentUser caller) {
        return admitOne(request, caller.username(), caller);
    }

    @Override
    public List<BulkOutcome> admitAll(List<AdmissionRequest> requests, String actor) {
        return admitMany(requests, actor, null);
    }

    @Override
    public List<BulkOutcome> admitAll(List<AdmissionRequest> requests, CurrentUser caller) {
        return admitMany(requests, caller.username(), caller);
    }

    private Admitted admitOne(AdmissionRequest request, String actor, CurrentUser caller) {
        if (request == null) {
            throw ProblemException.invalid("registry.validation", FieldProblem.of("body", "required"));
        }
        lookups.lockDocuments(List.of(request));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Validation v = AdmissionValidator.validate(request, lookups.context(List.of(request), now, caller, new HashSet<>()));
        if (v.problems().stream().anyMatch(p -> p.code().equals("registry.already-held"))) {
            throw ProblemException.conflict("registry.already-held",
                    FieldProblem.of("existingPersonId", "registry.already-held"));
        }
        v.throwIfInvalid("registry.validation");
        PlannedAdmission planned = plan(List.of(request), now).getFirst();
        writer.write(List.of(planned), actor, now);
        events.publishEvent(event(planned, actor));
        return planned.admitted();
    }

    /**
     * Chunk by chunk, one transaction each, holding the locks of all the chunk's documents (as a single admission
     * holds its own) before it checks them, so a single or bulk admission of the same document waits for it and
     * then sees the document taken. A chunk that still loses a race on a unique key (another request admitted
     * the same document between this chunk's check and its insert: PostgreSQL lets the insert wait for that
     * request and then refuses it) is rolled back whole and checked again, so the line then gets the same
     * field problem as a late duplicate ({@code registry.document.taken}) and the other lines are written.
     * Inside a caller's transaction there is no second try.
     */
    private List<BulkOutcome> admitMany(List<AdmissionRequest> requests, String actor, CurrentUser caller) {
        List<BulkOutcome> outcomes = new ArrayList<>(requests.size());
        Set<Documents.Key> seen = new HashSet<>();
        boolean outer = TransactionSynchronizationManager.isActualTransactionActive();
        for (int from = 0; from < requests.size(); from += BATCH) {
            int offset = from;
            List<AdmissionRequest> chunk = requests.subList(from, Math.min(requests.size(), from + BATCH));
            Set<Documents.Key> before = Set.copyOf(seen);
            for (int attempt = 1; ; attempt++) {
                try {
                    outcomes.addAll(transactions.execute(tx -> admitChunk(chunk, offset, actor, caller, seen)));
                    break;
                } catch (DuplicateKeyException raced) {
                    if (outer || attempt == RACE_ATTEMPTS) {
                        throw raced;
                    }
                    seen.clear();
                    seen.addAll(before);
                }
            }
        }
        return outcomes;
    }

    private List<BulkOutcome> admitChunk(List<AdmissionRequest> chunk, int offset, String actor, CurrentUser caller,
                                         Set<Documents.Key> seen) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<AdmissionRequest> present = chunk.stream().filter(r -> r != null).toList();
        lookups.lockDocuments(present);
        AdmissionValidator.Context context = lookups.context(present, now, caller, seen);
        List<AdmissionRequest> valid = new ArrayList<>();
        List<Validation> results = new ArrayList<>();
        for (AdmissionRequest r : chunk) {
            Validation v = r == null ? new Validation().reject("body", "required") : AdmissionValidator.validate(r, context);
            results.add(v);
            if (v.ok()) {
                valid.add(r);
            }
        }
        List<PlannedAdmission> planned = plan(valid, now);
        writer.write(planned, actor, now);
        List<CustodyEvent> admitted = new ArrayList<>(planned.size());
        planned.forEach(p -> admitted.add(event(p, actor)));
        events.publishEvent(new CustodyEventBatch(admitted));
        List<BulkOutcome> out = new ArrayList<>(chunk.size());
        int next = 0;
        for (int i = 0; i < chunk.size(); i++) {
            Validation v = results.get(i);
            out.add(v.ok() ? new BulkOutcome(offset + i, planned.get(next++).admitted(), List.of())
                    : new BulkOutcome(offset + i, null, v.problems()));
        }
        return out;
    }

    private List<PlannedAdmission> plan(List<AdmissionRequest> valid, OffsetDateTime now) {
        long fresh = valid.stream().filter(r -> r.existingPersonId() == null).count();
        List<String> bookings = lookups.bookingNumbers((int) fresh, now.getYear());
        var existing = lookups.persons(valid.stream().map(AdmissionRequest::existingPersonId)
                .filter(id -> id != null).toList());
        List<PlannedAdmission> out = new ArrayList<>(valid.size());
        int next = 0;
        for (AdmissionRequest r : valid) {
            boolean isNew = r.existingPersonId() == null;
            UUID personId = isNew ? UUID.randomUUID() : r.existingPersonId();
            PersonRow known = isNew ? null : existing.get(personId);
            String booking = isNew ? bookings.get(next++) : known.bookingNumber();
            out.add(new PlannedAdmission(r, personId, isNew, booking, UUID.randomUUID(), UUID.randomUUID(),
                    isNew ? PersonValidator.normalizedDocuments(r.person()) : List.of(),
                    isNew ? r.person().sex() : known.sex(), isNew ? r.person().dateOfBirth() : known.dateOfBirth(),
                    isNew ? r.person().nationality() : known.nationality()));
        }
        return out;
    }

    private static PersonAdmitted event(PlannedAdmission p, String actor) {
        AdmissionRequest r = p.request();
        return new PersonAdmitted(UUID.randomUUID(), p.personId(), p.admissionId(), p.bookingNumber(),
                r.facilityCode(), r.legalStatus().kind(), r.commitmentOrder().caseNumber().trim(), p.sex(),
                p.dateOfBirth(), p.nationality(), actor, AdmissionWriter.utc(r.admittedAt()));
    }
}
