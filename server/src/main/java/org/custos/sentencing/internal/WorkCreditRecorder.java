package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.sentencing.CreditApproved;
import org.custos.sentencing.CreditRevoked;
import org.custos.sentencing.WorkCredits;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link WorkCredits} on the same records as {@link CreditService}: each certified day an APPROVED credit
 * revision, one engine run for all of them, the dates stored in the caller's transaction.
 */
@Service
class WorkCreditRecorder implements WorkCredits {

    private final Persons persons;
    private final RecordReader reader;
    private final RecordWriter writer;
    private final Recomputer recomputer;
    private final ReleaseDateStore store;
    private final ApplicationEventPublisher events;

    WorkCreditRecorder(Persons persons, RecordReader reader, RecordWriter writer, Recomputer recomputer,
                       ReleaseDateStore store, ApplicationEventPublisher events) {
        this.persons = persons;
        this.reader = reader;
        this.writer = writer;
        this.recomputer = recomputer;
        this.store = store;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Certified recordCertified(UUID personId, List<CertifiedDay> days, String constancia, String documentSha256,
                                     CurrentUser caller) {
        persons.require(personId, caller);
        PersonRecords next = reader.one(personId);
        if (next.sentences().isEmpty()) { // a credit needs a sentence to count against
            throw ProblemException.invalid(Recomputer.INVALID, FieldProblem.of("sentences", "sentencing.NO_SENTENCE_FOR_CREDIT"));
        }
        String actor = SentencingService.actor(caller);
        String document = constancia.trim() + " sha256:" + documentSha256;
        OffsetDateTime at = recomputer.now();
        List<CreditRow> rows = new ArrayList<>();
        for (CertifiedDay d : days) {
            CreditRow row = new CreditRow(UUID.randomUUID(), null, d.kind(), d.date(), 1, null, "APPROVED", document,
                    null, null, actor, at);
            rows.add(row);
            next = next.withCredit(row);
        }
        LocalDate previous = previous(personId);
        Computed computed = recomputer.check(next);
        for (CreditRow row : rows) {
            writer.credit(personId, row, "certified by the supervising judge (work module)", actor, at);
            events.publishEvent(new CreditApproved(UUID.randomUUID(), personId, row.creditId(), document,
                    SentencingService.facility(next), actor, at));
        }
        recomputer.store(computed, next, actor);
        return new Certified(rows.stream().map(CreditRow::creditId).toList(), computed.release(), previous);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LocalDate revoke(UUID personId, List<UUID> creditIds, LocalDate date, String reason, CurrentUser caller) {
        persons.require(personId, caller);
        PersonRecords next = reader.one(personId);
        String actor = SentencingService.actor(caller);
        OffsetDateTime at = recomputer.now();
        List<CreditRow> rows = new ArrayList<>();
        for (UUID id : creditIds) {
            CreditRow old = next.credits().stream().filter(c -> c.creditId().equals(id)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("sentencing.not-found"));
            CreditRow row = new CreditRow(old.creditId(), old.sentenceId(), old.kind(), old.date(), old.days(),
                    old.hours(), "REVOKED", old.document(), date, reason, actor, at);
            rows.add(row);
            next = next.withCredit(row);
        }
        Computed computed = recomputer.check(next);
        for (CreditRow row : rows) {
            writer.credit(personId, row, reason, actor, at);
            events.publishEvent(new CreditRevoked(UUID.randomUUID(), personId, row.creditId(), date, reason,
                    SentencingService.facility(next), actor, at));
        }
        recomputer.store(computed, next, actor);
        return computed.release();
    }

    @Override
    public List<String> offenceCodes(UUID personId) {
        return reader.one(personId).sentences().stream().map(PersonRecords.SentenceRow::offenceCode)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public java.util.Map<UUID, List<String>> offenceCodes(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, List<String>> out = new java.util.HashMap<>();
        reader.batch(List.copyOf(personIds)).forEach((id, r) -> out.put(id, r.sentences().stream()
                .map(PersonRecords.SentenceRow::offenceCode).filter(java.util.Objects::nonNull).toList()));
        return out;
    }

    private LocalDate previous(UUID personId) {
        ReleaseDateStore.Stored s = store.stored(List.of(personId)).get(personId);
        return s == null ? null : s.release();
    }
}
