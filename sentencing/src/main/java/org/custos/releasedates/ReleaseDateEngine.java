package org.custos.releasedates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.releasedates.calc.Chain;
import org.custos.releasedates.calc.Chains;
import org.custos.releasedates.calc.CustodyCredit;
import org.custos.releasedates.calc.ProvisionalDetentionLimits;
import org.custos.releasedates.calc.RedencionCalculator;
import org.custos.releasedates.calc.UsFederalCalculator;
import org.custos.releasedates.calc.Work;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Disallowance;
import org.custos.releasedates.model.Forfeiture;
import org.custos.releasedates.model.PretrialDetention;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.PretrialResult;
import org.custos.releasedates.result.TermResult;
import org.custos.releasedates.rules.RuleSetRegistry;
import org.custos.releasedates.validation.CaseValidator;

/**
 * The release-date engine. Thread-safe and stateless after construction; rule sets are parsed once.
 * Every sentence is computed under its own jurisdiction's rule set.
 */
public final class ReleaseDateEngine {
    /** Engine version, carried by every result so a date can be traced to the code that made it. */
    public static final String VERSION = "custos-sentencing 0.3.0";

    private static final String US_FEDERAL = "US_FEDERAL";
    private final RuleSetRegistry registry;
    private final CaseValidator validator;

    public ReleaseDateEngine(RuleSetRegistry registry) {
        this.registry = registry;
        this.validator = new CaseValidator(registry);
    }

    /** An engine with the rule sets on the class path ({@code rulesets/index.json}). */
    public static ReleaseDateEngine withDefaultRules() {
        return new ReleaseDateEngine(RuleSetRegistry.fromClasspath());
    }

    public RuleSetRegistry registry() {
        return registry;
    }

    /**
     * Computes every date for one person. The credits are validated in the same pass that accrues
     * them (a single chain) or in one allocation-free scan (several chains); when one fails, the full
     * validation runs and throws its field errors, so the result never depends on the fast path.
     *
     * @throws org.custos.releasedates.validation.ValidationException with all field errors
     */
    public CaseResult compute(CaseInput in) {
        Set<String> ids = new HashSet<>();
        List<Chain> chains = validator.validateAllButCredits(in, ids);
        try {
            return compute(in, chains, ids);
        } catch (Work.InvalidCredit e) {
            throw validator.fullErrors(in);
        }
    }

    private CaseResult compute(CaseInput in, List<Chain> chains, Set<String> ids) {
        int n = chains.size();
        List<TermResult> terms = new ArrayList<>(n);
        LocalDate release = null;
        if (n == 1) {
            Chain c = chains.getFirst();
            boolean fused = !US_FEDERAL.equals(c.ruleSet().model());
            if (!fused && !CaseValidator.creditsInTerm(in, ids, chains, Chains.index(chains))) throw validator.fullErrors(in);
            Work.CreditGuard guard = fused && !in.credits().isEmpty()
                    ? new Work.CreditGuard(ids, c.start().toEpochDay(), c.fullTerm().toEpochDay()) : null;
            long custody = CustodyCredit.days(in.custody(), ids, c.start());
            TermResult r = term(new Work(in, c, in.credits(), in.disallowances(), in.forfeitures(), custody, guard));
            terms.add(r);
            release = r.date(DateNames.PROJECTED_RELEASE).date();
        } else {
            Map<String, Integer> index = Chains.index(chains);
            if (!CaseValidator.creditsInTerm(in, ids, chains, index)) throw validator.fullErrors(in);
            List<List<CreditRecord>> credits = buckets(n);
            List<List<Disallowance>> dis = buckets(n);
            List<List<Forfeiture>> forf = buckets(n);
            for (CreditRecord c : in.credits()) credits.get(index.get(c.sentenceId())).add(c);
            for (Disallowance d : in.disallowances()) dis.get(index.get(d.sentenceId())).add(d);
            for (Forfeiture f : in.forfeitures()) forf.get(index.get(f.sentenceId())).add(f);
            for (int i = 0; i < n; i++) {
                Chain c = chains.get(i);
                Set<String> mine = new HashSet<>(c.ids());
                long custody = CustodyCredit.days(in.custody(), mine, c.start());
                TermResult r = term(new Work(in, c, credits.get(i), dis.get(i), forf.get(i), custody, null));
                terms.add(r);
                LocalDate d = r.date(DateNames.PROJECTED_RELEASE).date();
                if (release == null || d.isAfter(release)) release = d;
            }
        }
        List<PretrialResult> pretrial = new ArrayList<>();
        for (PretrialDetention p : in.pretrial())
            pretrial.add(ProvisionalDetentionLimits.compute(p, registry.get(p.jurisdiction()), in.asOf()));
        if (pretrial.size() > 1) pretrial.sort(java.util.Comparator.comparing(p -> String.valueOf(p.id())));
        return new CaseResult(VERSION, release, terms, pretrial);
    }

    private static TermResult term(Work w) {
        return US_FEDERAL.equals(w.chain().ruleSet().model()) ? UsFederalCalculator.compute(w) : RedencionCalculator.compute(w);
    }

    private static <T> List<List<T>> buckets(int n) {
        List<List<T>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }
}
