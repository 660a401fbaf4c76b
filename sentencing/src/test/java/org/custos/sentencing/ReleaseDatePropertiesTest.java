package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.custos.sentencing.model.Approval;
import org.custos.sentencing.model.ApprovalStatus;
import org.custos.sentencing.model.CaseInput;
import org.custos.sentencing.model.CreditKind;
import org.custos.sentencing.model.CreditRecord;
import org.custos.sentencing.model.Offence;
import org.custos.sentencing.model.RiskAssessment;
import org.custos.sentencing.model.RiskLevel;
import org.custos.sentencing.model.Sentence;
import org.custos.sentencing.model.Term;
import org.custos.sentencing.result.CaseResult;
import org.custos.sentencing.result.DateNames;
import org.custos.sentencing.result.TermResult;

/** Invariants over generated cases in every rule set. */
class ReleaseDatePropertiesTest {
    static final ReleaseDateEngine ENGINE = GoldenFileTest.ENGINE;
    static final String[] JURISDICTIONS = {"SV", "US", "CO", "PE"};

    static CaseInput person(String jur, int startOffset, int years, int months, int credits, int seed, boolean allApproved) {
        LocalDate start = LocalDate.of(2017, 1, 1).plusDays(startOffset);
        Sentence s = new Sentence("S1", jur, new Offence("HURTO", "LESSER", null), new Term(years, months, 0, 0),
                start, start.minusDays(90), null, null, null);
        LocalDate full = s.term().fullTerm(start);
        Random r = new Random(seed);
        List<CreditRecord> list = new ArrayList<>();
        long span = full.toEpochDay() - start.toEpochDay() + 1;
        for (int i = 0; i < credits; i++) {
            CreditKind kind = jur.equals("US") ? CreditKind.PROGRAMMING : CreditKind.WORK;
            ApprovalStatus st = allApproved || r.nextInt(4) > 0 ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
            list.add(new CreditRecord("C" + i, null, kind, start.plusDays(r.nextLong(span)), 1 + r.nextInt(30), null,
                    jur.equals("PE") ? "ORDINARY" : null, false, new Approval(st, st == ApprovalStatus.PENDING ? null : "d" + i, null, null)));
        }
        List<RiskAssessment> risks = List.of(new RiskAssessment(start, RiskLevel.LOW), new RiskAssessment(start.plusDays(1), RiskLevel.LOW));
        return new CaseInput(null, Set.of(), List.of(s), List.of(), list, List.of(), List.of(), risks, List.of());
    }

    @Property(tries = 300)
    void releaseNeverAfterFullTerm(@ForAll @IntRange(max = 3) int j, @ForAll @IntRange(max = 3000) int offset,
                                   @ForAll @IntRange(max = 12) int years, @ForAll @IntRange(min = 1, max = 11) int months,
                                   @ForAll @IntRange(max = 60) int credits, @ForAll int seed) {
        CaseResult r = ENGINE.compute(person(JURISDICTIONS[j], offset, years, months, credits, seed, false));
        for (TermResult t : r.terms()) {
            LocalDate full = t.date(DateNames.FULL_TERM).date();
            assertThat(t.date(DateNames.PROJECTED_RELEASE).date()).isBeforeOrEqualTo(full);
        }
    }

    @Property(tries = 200)
    void moreApprovedCreditNeverLater(@ForAll @IntRange(max = 3) int j, @ForAll @IntRange(max = 3000) int offset,
                                      @ForAll @IntRange(min = 1, max = 12) int years, @ForAll @IntRange(max = 40) int credits,
                                      @ForAll int seed) {
        CaseInput fewer = person(JURISDICTIONS[j], offset, years, 0, credits, seed, true);
        CaseInput more = person(JURISDICTIONS[j], offset, years, 0, credits + 5, seed, true);
        List<CreditRecord> superset = new ArrayList<>(fewer.credits());
        superset.addAll(more.credits().subList(0, 5).stream().map(c -> new CreditRecord("X" + c.id(), null, c.kind(), c.date(),
                c.days(), null, c.regime(), false, c.approval())).toList());
        CaseInput withMore = new CaseInput(null, Set.of(), fewer.sentences(), List.of(), superset, List.of(), List.of(),
                fewer.riskAssessments(), List.of());
        assertThat(ENGINE.compute(withMore).release()).isBeforeOrEqualTo(ENGINE.compute(fewer).release());
    }

    @Property(tries = 200)
    void resultDoesNotDependOnInputOrder(@ForAll @IntRange(max = 3) int j, @ForAll @IntRange(max = 3000) int offset,
                                         @ForAll @IntRange(min = 1, max = 8) int years, @ForAll @IntRange(max = 40) int credits,
                                         @ForAll int seed) {
        CaseInput in = person(JURISDICTIONS[j], offset, years, 0, credits, seed, false);
        Sentence second = new Sentence("S0", in.sentences().getFirst().jurisdiction(), new Offence("HURTO", "LESSER", null),
                Term.of(1, 0, 0), in.sentences().getFirst().startDate(), in.sentences().getFirst().offenceDate(), null, null, null);
        List<Sentence> sentences = new ArrayList<>(List.of(in.sentences().getFirst(), second));
        List<CreditRecord> credited = in.credits().stream().map(c -> new CreditRecord(c.id(), "S1", c.kind(), c.date(),
                c.days(), null, c.regime(), false, c.approval())).toList();
        CaseInput a = new CaseInput(null, Set.of(), sentences, List.of(), credited, List.of(), List.of(), in.riskAssessments(), List.of());
        List<CreditRecord> shuffled = new ArrayList<>(credited);
        Collections.shuffle(shuffled, new Random(seed));
        CaseInput b = new CaseInput(null, Set.of(), sentences.reversed(), List.of(), shuffled, List.of(), List.of(),
                in.riskAssessments().reversed(), List.of());
        assertThat(ENGINE.compute(b)).isEqualTo(ENGINE.compute(a));
    }
}
