package org.custos.sentencing.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.sentencing.CreditApproved;
import org.custos.sentencing.CreditRecorded;
import org.custos.sentencing.CreditRevoked;
import org.custos.sentencing.internal.Commands.ApprovalCommand;
import org.custos.sentencing.internal.Commands.CreditCommand;
import org.custos.sentencing.internal.Commands.RevocationCommand;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work and study credits. A work manager records them PENDING; a sentence administrator records the
 * supervising judge's approval (with the constancia) or revocation (dated, with a reason). Each change
 * is a new revision of the credit; the engine validates the whole case first; dates are recomputed in
 * the same transaction.
 */
@Service
public class CreditService {

    private final Persons persons;
    private final RecordReader reader;
    private final RecordWriter writer;
    private final Recomputer recomputer;
    private final ApplicationEventPublisher events;
    private final SentencingBounds bounds;
    private final CreditDays creditDays;

    CreditService(Persons persons, RecordReader reader, RecordWriter writer, Recomputer recomputer,
                  ApplicationEventPublisher events, SentencingBounds bounds, CreditDays creditDays) {
        this.bounds = bounds;
        this.creditDays = creditDays;
        this.persons = persons;
        this.reader = reader;
        this.writer = writer;
        this.recomputer = recomputer;
        this.events = events;
    }

    @Transactional
    public CreditRow record(UUID personId, CreditCommand c, CurrentUser caller) {
        persons.require(personId, caller);
        PersonRecords r = reader.one(personId);
        String f = "credits[" + r.credits().size() + "]";
        String status = c.status() == null ? "PENDING" : Checks.upper(c.status());
        String kind = Checks.upper(c.kind());
        Validation v = new Validation();
        Checks.required(v, f + ".kind", kind);
        Checks.oneOf(v, f + ".kind", kind, Checks.KINDS);
        Checks.required(v, f + ".date", c.date());
        Checks.oneOf(v, f + ".status", status, java.util.Set.of("PENDING", "APPROVED"));
        v.rejectIf("APPROVED".equals(status) && !mayApprove(caller), f + ".status", "sentencing.APPROVAL_NOT_ALLOWED");
        bounds.credit(v, f, c);
        v.throwIfInvalid(Recomputer.INVALID);
        if (CreditDays.taken(r.credits(), kind, c.date())) throw CreditDays.conflict(f + ".date");
        OffsetDateTime at = recomputer.now();
        CreditRow row = new CreditRow(UUID.randomUUID(), c.sentenceId(), kind, c.date(), c.days(), c.hours(), status,
                Checks.trim(c.document()), null, null, SentencingService.actor(caller), at);
        PersonRecords next = r.withCredit(row);
        Computed computed = recomputer.check(next);
        creditDays.claim(personId, row, f + ".date");
        writer.credit(personId, row, null, SentencingService.actor(caller), at);
        events.publishEvent(new CreditRecorded(UUID.randomUUID(), personId, row.creditId(), kind, row.date(), row.days(),
                row.hours(), status, SentencingService.facility(r), SentencingService.actor(caller), at));
        recomputer.store(computed, next, SentencingService.actor(caller));
        return row;
    }

    @Transactional
    public CreditRow approve(UUID personId, UUID creditId, ApprovalCommand c, CurrentUser caller) {
        persons.require(personId, caller);
        PersonRecords r = reader.one(personId);
        int k = indexOf(r, creditId);
        CreditRow old = r.credits().get(k);
        if (!"PENDING".equals(old.status())) throw ProblemException.conflict("sentencing.credit-not-pending",
                FieldProblem.of("credits[" + k + "].approval", "sentencing.CREDIT_NOT_PENDING"));
        Validation check = new Validation().rejectIf(Checks.blank(c.document()), "credits[" + k + "].approval.document",
                "sentencing.APPROVAL_DOCUMENT_MISSING");
        org.custos.shared.web.Bounds.text(check, "credits[" + k + "].approval.document", c.document(),
                org.custos.shared.web.Bounds.CODE);
        check.throwIfInvalid(Recomputer.INVALID);
        OffsetDateTime at = recomputer.now();
        CreditRow row = new CreditRow(old.creditId(), old.sentenceId(), old.kind(), old.date(), old.days(), old.hours(),
                "APPROVED", Checks.trim(c.document()), null, null, SentencingService.actor(caller), at);
        PersonRecords next = r.withCredit(row);
        Computed computed = recomputer.check(next);
        writer.credit(personId, row, "approved by the supervising judge", SentencingService.actor(caller), at);
        events.publishEvent(new CreditApproved(UUID.randomUUID(), personId, creditId, row.document(),
                SentencingService.facility(r), SentencingService.actor(caller), at));
        recomputer.store(computed, next, SentencingService.actor(caller));
        return row;
    }

    @Transactional
    public CreditRow revoke(UUID personId, UUID creditId, RevocationCommand c, CurrentUser caller) {
        persons.require(personId, caller);
        PersonRecords r = reader.one(personId);
        int k = indexOf(r, creditId);
        CreditRow old = r.credits().get(k);
        if (!"APPROVED".equals(old.status())) throw ProblemException.conflict("sentencing.credit-not-approved",
                FieldProblem.of("credits[" + k + "].approval", "sentencing.CREDIT_NOT_APPROVED"));
        Validation check = new Validation()
                .rejectIf(c.date() == null, "credits[" + k + "].revocation.date", "sentencing.REVOCATION_DATE_MISSING")
                .rejectIf(Checks.blank(c.reason()), "credits[" + k + "].revocation.reason", "sentencing.REVOCATION_REASON_MISSING");
        bounds.revocation(check, "credits[" + k + "].revocation", c.date(), c.reason(), c.document());
        check.throwIfInvalid(Recomputer.INVALID);
        OffsetDateTime at = recomputer.now();
        String document = Checks.blank(c.document()) ? old.document() : c.document().trim();
        CreditRow row = new CreditRow(old.creditId(), old.sentenceId(), old.kind(), old.date(), old.days(), old.hours(),
                "REVOKED", document, c.date(), Checks.trim(c.reason()), SentencingService.actor(caller), at);
        PersonRecords next = r.withCredit(row);
        Computed computed = recomputer.check(next);
        writer.credit(personId, row, Checks.trim(c.reason()), SentencingService.actor(caller), at);
        events.publishEvent(new CreditRevoked(UUID.randomUUID(), personId, creditId, c.date(), row.revocationReason(),
                SentencingService.facility(r), SentencingService.actor(caller), at));
        recomputer.store(computed, next, SentencingService.actor(caller));
        return row;
    }

    private static int indexOf(PersonRecords r, UUID creditId) {
        for (int i = 0; i < r.credits().size(); i++) if (r.credits().get(i).creditId().equals(creditId)) return i;
        throw ProblemException.notFound("sentencing.not-found");
    }

    static boolean mayApprove(CurrentUser caller) {
        return caller == null || caller.has(Role.SENTENCE_ADMINISTRATOR);
    }
}
