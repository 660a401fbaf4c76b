package org.custos.sentencing.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.sentencing.CustodyIntervalRecorded;
import org.custos.sentencing.DisallowanceRecorded;
import org.custos.sentencing.PretrialDetailsRecorded;
import org.custos.sentencing.SentenceCorrected;
import org.custos.sentencing.SentenceFlagsRecorded;
import org.custos.sentencing.SentenceRecorded;
import org.custos.sentencing.internal.Commands.DisallowanceCommand;
import org.custos.sentencing.internal.Commands.FlagsCommand;
import org.custos.sentencing.internal.Commands.IntervalCommand;
import org.custos.sentencing.internal.Commands.PretrialCommand;
import org.custos.sentencing.internal.Commands.SentenceCommand;
import org.custos.sentencing.internal.PersonRecords.IntervalRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sentences, custody intervals, flags, disallowances and provisional-detention details. Each command
 * checks the request, lets the engine validate the person's whole case with the change (nothing is
 * written if it refuses), appends the revision, recomputes the dates and publishes the events — all in
 * one transaction. A null caller is the system (demo data).
 */
@Service
public class SentencingService {

    private final Persons persons;
    private final RecordReader reader;
    private final RecordWriter writer;
    private final Recomputer recomputer;
    private final ApplicationEventPublisher events;
    private final SentencingBounds bounds;

    SentencingService(Persons persons, RecordReader reader, RecordWriter writer, Recomputer recomputer,
                      ApplicationEventPublisher events, SentencingBounds bounds) {
        this.bounds = bounds;
        this.persons = persons;
        this.reader = reader;
        this.writer = writer;
        this.recomputer = recomputer;
        this.events = events;
    }

    @Transactional
    public SentenceRow recordSentence(UUID personId, SentenceCommand c, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        SentenceRow row = sentence(UUID.randomUUID(), c, r.sentences().size(), false);
        return saveSentence(r, row, c, caller, false);
    }

    @Transactional
    public SentenceRow correctSentence(UUID personId, UUID sentenceId, SentenceCommand c, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        int index = indexOf(r, sentenceId);
        SentenceRow row = sentence(sentenceId, c, index, true);
        return saveSentence(r, row, c, caller, true);
    }

    @Transactional
    public void withdrawSentence(UUID personId, UUID sentenceId, String reason, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        SentenceRow old = r.sentences().get(indexOf(r, sentenceId));
        Validation check = new Validation().rejectIf(Checks.blank(reason), "reason", "sentencing.REQUIRED");
        org.custos.shared.web.Bounds.text(check, "reason", reason, org.custos.shared.web.Bounds.TEXT);
        check.throwIfInvalid(Recomputer.INVALID);
        PersonRecords next = r.withSentence(old, true);
        Computed computed = recomputer.check(next);
        OffsetDateTime at = recomputer.now();
        writer.sentence(personId, withReason(old, reason.trim()), true, actor(caller), at);
        events.publishEvent(new SentenceCorrected(UUID.randomUUID(), personId, sentenceId, true, reason.trim(),
                facility(r), actor(caller), at));
        recomputer.store(computed, next, actor(caller));
    }

    @Transactional
    public IntervalRow recordInterval(UUID personId, IntervalCommand c, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        String f = "custody[" + r.custody().size() + "]";
        Validation v = new Validation();
        Checks.required(v, f + ".sentenceId", c.sentenceId());
        Checks.required(v, f + ".from", c.from());
        Checks.required(v, f + ".to", c.to());
        bounds.interval(v, f, c, personId, caller);
        v.throwIfInvalid(Recomputer.INVALID);
        OffsetDateTime at = recomputer.now();
        IntervalRow row = new IntervalRow(UUID.randomUUID(), c.sentenceId(), c.from(), c.to(), Checks.trim(c.document()),
                actor(caller), at);
        PersonRecords next = r.withInterval(row);
        Computed computed = recomputer.check(next);
        writer.interval(personId, row, actor(caller), at);
        events.publishEvent(new CustodyIntervalRecorded(UUID.randomUUID(), personId, row.intervalId(), row.sentenceId(),
                row.from(), row.to(), facility(r), actor(caller), at));
        recomputer.store(computed, next, actor(caller));
        return row;
    }

    @Transactional
    public void recordFlags(UUID personId, FlagsCommand c, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        Validation v = new Validation();
        TreeSet<String> flags = new TreeSet<>();
        if (bounds.flags(v, c.flags(), c.reason()) && c.flags() != null) {
            for (int i = 0; i < c.flags().size(); i++) {
                String flag = Checks.upper(c.flags().get(i));
                Checks.oneOf(v, "flags[" + i + "]", flag, Checks.FLAGS);
                if (flag != null) flags.add(flag);
            }
        }
        Checks.required(v, "reason", c.reason());
        v.throwIfInvalid(Recomputer.INVALID);
        PersonRecords next = r.withFlags(flags);
        Computed computed = recomputer.check(next);
        OffsetDateTime at = recomputer.now();
        writer.flags(personId, String.join(",", flags), c.reason().trim(), actor(caller), at);
        events.publishEvent(new SentenceFlagsRecorded(UUID.randomUUID(), personId, List.copyOf(flags), c.reason().trim(),
                facility(r), actor(caller), at));
        recomputer.store(computed, next, actor(caller));
    }

    @Transactional
    public void recordDisallowance(UUID personId, DisallowanceCommand c, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        String f = "disallowances[" + r.disallowances().size() + "]";
        Validation v = new Validation();
        Checks.required(v, f + ".date", c.date());
        Checks.required(v, f + ".days", c.days());
        Checks.required(v, f + ".reason", c.reason());
        bounds.disallowance(v, f, c);
        v.throwIfInvalid(Recomputer.INVALID);
        var row = new PersonRecords.DisallowanceRow(UUID.randomUUID(), c.sentenceId(), c.date(), c.days(),
                c.reason().trim(), Checks.trim(c.document()));
        PersonRecords next = r.withDisallowance(row);
        Computed computed = recomputer.check(next);
        OffsetDateTime at = recomputer.now();
        writer.disallowance(personId, row, actor(caller), at);
        events.publishEvent(new DisallowanceRecorded(UUID.randomUUID(), personId, row.disallowanceId(), row.sentenceId(),
                row.date(), row.days(), row.reason(), row.document(), facility(r), actor(caller), at));
        recomputer.store(computed, next, actor(caller));
    }

    @Transactional
    public void recordPretrial(UUID personId, PretrialCommand c, CurrentUser caller) {
        PersonRecords r = load(personId, caller);
        Validation v = new Validation();
        Checks.required(v, "detentionStart", c.detentionStart());
        Checks.required(v, "classification", c.classification());
        Checks.oneOf(v, "classification", Checks.upper(c.classification()), Checks.CLASSES);
        Checks.required(v, "reason", c.reason());
        bounds.pretrial(v, c);
        v.throwIfInvalid(Recomputer.INVALID);
        var row = new PersonRecords.PretrialRow(c.detentionStart(), Checks.upper(c.classification()),
                Boolean.TRUE.equals(c.onAppeal()), Boolean.TRUE.equals(c.stateOfException()));
        PersonRecords next = r.withPretrial(row);
        Computed computed = recomputer.check(next);
        OffsetDateTime at = recomputer.now();
        writer.pretrial(personId, row, c.reason().trim(), actor(caller), at);
        events.publishEvent(new PretrialDetailsRecorded(UUID.randomUUID(), personId, row.detentionStart(),
                row.classification(), row.onAppeal(), row.stateOfException(), c.reason().trim(), facility(r),
                actor(caller), at));
        recomputer.store(computed, next, actor(caller));
    }

    /** Recomputes one person's dates now (after a registry event, or on demand). */
    @Transactional
    public void recompute(UUID personId, String actor) {
        PersonRecords r = reader.one(personId);
        recomputer.store(recomputer.check(r), r, actor);
    }

    private SentenceRow saveSentence(PersonRecords r, SentenceRow row, SentenceCommand c, CurrentUser caller,
                                     boolean correction) {
        PersonRecords next = r.withSentence(row, false);
        Computed computed = recomputer.check(next);
        OffsetDateTime at = recomputer.now();
        writer.sentence(r.personId(), row, false, actor(caller), at);
        events.publishEvent(correction
                ? new SentenceCorrected(UUID.randomUUID(), r.personId(), row.sentenceId(), false, row.reason(), facility(r),
                actor(caller), at)
                : new SentenceRecorded(UUID.randomUUID(), r.personId(), row.sentenceId(), row.jurisdiction(), row.years(),
                row.months(), row.days(), row.startDate(), facility(r), actor(caller), at));
        recomputer.store(computed, next, actor(caller));
        return row;
    }

    private SentenceRow sentence(UUID id, SentenceCommand c, int index, boolean correction) {
        String f = "sentences[" + index + "]";
        Validation v = new Validation();
        Checks.required(v, f + ".jurisdiction", c.jurisdiction());
        Checks.required(v, f + ".offence.code", c.offenceCode());
        Checks.oneOf(v, f + ".offence.classification", Checks.upper(c.offenceClassification()), Checks.CLASSES);
        Checks.oneOf(v, f + ".relation", Checks.upper(c.relation()), Checks.RELATIONS);
        v.rejectIf(c.relation() == null && c.relatedTo() != null, f + ".relation", "sentencing.REQUIRED");
        if (correction) Checks.required(v, "reason", c.reason());
        bounds.sentence(v, f, c);
        v.throwIfInvalid(Recomputer.INVALID);
        return new SentenceRow(id, Checks.upper(c.jurisdiction()), Checks.upper(c.offenceCode()),
                Checks.upper(c.offenceClassification()), Checks.trim(c.offenceDescription()), zero(c.years()),
                zero(c.months()), zero(c.days()), c.startDate(), c.offenceDate(), Checks.upper(c.relation()),
                c.relatedTo(), Checks.trim(c.reason()), null, null);
    }

    private PersonRecords load(UUID personId, CurrentUser caller) {
        persons.require(personId, caller);
        return reader.one(personId);
    }

    private static int indexOf(PersonRecords r, UUID sentenceId) {
        for (int i = 0; i < r.sentences().size(); i++) if (r.sentences().get(i).sentenceId().equals(sentenceId)) return i;
        throw ProblemException.notFound("sentencing.not-found");
    }

    private static SentenceRow withReason(SentenceRow s, String reason) {
        return new SentenceRow(s.sentenceId(), s.jurisdiction(), s.offenceCode(), s.classification(), s.description(),
                s.years(), s.months(), s.days(), s.startDate(), s.offenceDate(), s.relation(), s.relatedTo(), reason,
                s.recordedBy(), s.recordedAt());
    }

    private static int zero(Integer i) {
        return i == null ? 0 : i;
    }

    static String actor(CurrentUser caller) {
        return caller == null ? "system" : caller.username();
    }

    static String facility(PersonRecords r) {
        return r.person() == null ? null : r.person().facilityCode();
    }
}
