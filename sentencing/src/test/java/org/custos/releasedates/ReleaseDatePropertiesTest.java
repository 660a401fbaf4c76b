package org.custos.releasedates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.custos.releasedates.model.Approval;
import org.custos.releasedates.model.ApprovalStatus;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Offence;
import org.custos.releasedates.model.RiskAssessment;
import org.custos.releasedates.model.RiskLevel;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.model.Term;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.TermResult;

/**
 * Invariants over generated cases in every rule set: seeded pseudo-random loops (no property-testing
 * library). The seed is fixed so a failure reproduces; override it with {@code -Dcustos.seed=N}. A
 * failure names the seed, the case number and the generated parameters.
 */
class ReleaseDatePropertiesTest {
    static final ReleaseDateEngine ENGINE = GoldenFileTest.ENGINE;
    static final String[] JURISDICTIONS = {"SV", "US", "CO", "PE"};
    static final long SEED = Long.getLong("custos.seed", 20_260_517L);
    static final int CASES = 300;

    /** One generated case: the parameters, printed in a failure message. */
    record Gen(int j, int offset, int years, int months, int credits, int seed) {
        static Gen next(SplittableRandom r, int minYears, int maxYears, int minMonths, int maxMonths, int maxCredits) {
            return new Gen(r.nextInt(4), r.nextInt(3001), r.nextInt(minYears, maxYears + 1),
                    r.nextInt(minMonths, maxMonths + 1), r.nextInt(maxCredits + 1), r.nextInt());
        }

        String jur() {
            return JURISDICTIONS[j];
        }
    }

    interface Check {
        void run(Gen g);
    }

    static void forAll(String property, int minYears, int maxYears, int minMonths, int maxMonths, int maxCredits, Check check) {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < CASES; i++) {
            Gen g = Gen.next(r, minYears, maxYears, minMonths, maxMonths, maxCredits);
            try {
                check.run(g);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " failed: seed " + SEED + " (-Dcustos.seed=" + SEED + "), case "
                        + i + " of " + CASES + ", " + g + ": " + e.getMessage(), e);
            }
        }
    }

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

    @Test
    void releaseNeverAfterFullTerm() {
        forAll("releaseNeverAfterFullTerm", 0, 12, 1, 11, 60, g -> {
            CaseResult r = ENGINE.compute(person(g.jur(), g.offset(), g.years(), g.months(), g.credits(), g.seed(), false));
            for (TermResult t : r.terms()) {
                LocalDate full = t.date(DateNames.FULL_TERM).date();
                assertThat(t.date(DateNames.PROJECTED_RELEASE).date()).isBeforeOrEqualTo(full);
            }
        });
    }

    @Test
    void moreApprovedCreditNeverLater() {
        forAll("moreApprovedCreditNeverLater", 1, 12, 0, 0, 40, g -> {
            CaseInput fewer = person(g.jur(), g.offset(), g.years(), 0, g.credits(), g.seed(), true);
            CaseInput more = person(g.jur(), g.offset(), g.years(), 0, g.credits() + 5, g.seed(), true);
            List<CreditRecord> superset = new ArrayList<>(fewer.credits());
            superset.addAll(more.credits().subList(0, 5).stream().map(c -> new CreditRecord("X" + c.id(), null, c.kind(),
                    c.date(), c.days(), null, c.regime(), false, c.approval())).toList());
            CaseInput withMore = new CaseInput(null, Set.of(), fewer.sentences(), List.of(), superset, List.of(), List.of(),
                    fewer.riskAssessments(), List.of());
            assertThat(ENGINE.compute(withMore).release()).isBeforeOrEqualTo(ENGINE.compute(fewer).release());
        });
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        forAll("resultDoesNotDependOnInputOrder", 1, 8, 0, 0, 40, g -> {
            CaseInput in = person(g.jur(), g.offset(), g.years(), 0, g.credits(), g.seed(), false);
            Sentence first = in.sentences().getFirst();
            Sentence second = new Sentence("S0", first.jurisdiction(), new Offence("HURTO", "LESSER", null),
                    Term.of(1, 0, 0), first.startDate(), first.offenceDate(), null, null, null);
            List<Sentence> sentences = new ArrayList<>(List.of(first, second));
            List<CreditRecord> credited = in.credits().stream().map(c -> new CreditRecord(c.id(), "S1", c.kind(), c.date(),
                    c.days(), null, c.regime(), false, c.approval())).toList();
            CaseInput a = new CaseInput(null, Set.of(), sentences, List.of(), credited, List.of(), List.of(),
                    in.riskAssessments(), List.of());
            List<CreditRecord> shuffled = new ArrayList<>(credited);
            Collections.shuffle(shuffled, new Random(g.seed()));
            CaseInput b = new CaseInput(null, Set.of(), sentences.reversed(), List.of(), shuffled, List.of(), List.of(),
                    in.riskAssessments().reversed(), List.of());
            assertThat(ENGINE.compute(b)).isEqualTo(ENGINE.compute(a));
        });
    }
}
