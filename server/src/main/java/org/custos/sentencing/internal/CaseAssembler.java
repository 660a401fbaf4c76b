package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.sentencing.internal.PersonRecords.DisallowanceRow;
import org.custos.sentencing.internal.PersonRecords.IntervalRow;
import org.custos.sentencing.internal.PersonRecords.PretrialRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.custos.releasedates.model.Approval;
import org.custos.releasedates.model.ApprovalStatus;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.CustodyInterval;
import org.custos.releasedates.model.Disallowance;
import org.custos.releasedates.model.Flag;
import org.custos.releasedates.model.Offence;
import org.custos.releasedates.model.PretrialDetention;
import org.custos.releasedates.model.Relation;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.model.Term;

/**
 * Turns a person's stored records into the engine's input. Record ids become the engine's ids, and
 * the lists keep the order the records were made in, so an engine field path such as
 * {@code credits[3].date} names the fourth credit recorded.
 */
final class CaseAssembler {

    /** Legal statuses under which a person is in provisional detention. */
    static final Set<String> PRETRIAL = Set.of("UNTRIED", "ADMINISTRATIVE_STATE_OF_EXCEPTION");

    private CaseAssembler() {
    }

    static CaseInput input(PersonRecords r, LocalDate asOf) {
        List<Sentence> sentences = new ArrayList<>(r.sentences().size());
        for (SentenceRow s : r.sentences()) {
            sentences.add(new Sentence(s.sentenceId().toString(), s.jurisdiction(),
                    new Offence(s.offenceCode(), s.classification(), s.description()),
                    Term.of(s.years(), s.months(), s.days()), s.startDate(), s.offenceDate(),
                    s.relation() == null ? null : Relation.valueOf(s.relation()), id(s.relatedTo()), null));
        }
        List<CustodyInterval> custody = new ArrayList<>(r.custody().size());
        for (IntervalRow c : r.custody()) {
            custody.add(new CustodyInterval(id(c.sentenceId()), c.from(), c.to(), c.document()));
        }
        List<CreditRecord> credits = new ArrayList<>(r.credits().size());
        for (CreditRow c : r.credits()) {
            credits.add(new CreditRecord(c.creditId().toString(), id(c.sentenceId()), CreditKind.valueOf(c.kind()),
                    c.date(), c.days(), c.hours(), null, false, new Approval(ApprovalStatus.valueOf(c.status()),
                    c.document(), c.revocationDate(), c.revocationReason())));
        }
        List<Disallowance> dis = new ArrayList<>(r.disallowances().size());
        for (DisallowanceRow d : r.disallowances()) {
            dis.add(new Disallowance(id(d.sentenceId()), d.date(), d.days(), d.reason(), d.document()));
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String f : r.flags()) flags.add(Flag.valueOf(f));
        return new CaseInput(asOf, flags, sentences, custody, credits, dis, List.of(), List.of(), pretrial(r));
    }

    /** Provisional detention of a person held untried: the recorded details, or the admission date. */
    static List<PretrialDetention> pretrial(PersonRecords r) {
        if (r.person() == null || !r.person().held() || !PRETRIAL.contains(r.person().legalStatus())) return List.of();
        PretrialRow p = r.pretrial();
        boolean exception = "ADMINISTRATIVE_STATE_OF_EXCEPTION".equals(r.person().legalStatus());
        if (p != null) {
            return List.of(new PretrialDetention("PD", "SV", new Offence(null, p.classification(), null),
                    p.detentionStart(), p.onAppeal(), p.stateOfException() || exception));
        }
        if (r.person().admittedOn() == null) return List.of();
        return List.of(new PretrialDetention("PD", "SV", new Offence(null, "LESSER", null), r.person().admittedOn(),
                false, exception));
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
