package org.custos.sentencing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.sentencing.calc.Chain;
import org.custos.sentencing.calc.Chains;
import org.custos.sentencing.calc.CustodyCredit;
import org.custos.sentencing.calc.ProvisionalDetentionLimits;
import org.custos.sentencing.calc.RedencionCalculator;
import org.custos.sentencing.calc.UsFederalCalculator;
import org.custos.sentencing.calc.Work;
import org.custos.sentencing.model.CaseInput;
import org.custos.sentencing.model.CreditRecord;
import org.custos.sentencing.model.Disallowance;
import org.custos.sentencing.model.Forfeiture;
import org.custos.sentencing.model.PretrialDetention;
import org.custos.sentencing.model.Sentence;
import org.custos.sentencing.result.CaseResult;
import org.custos.sentencing.result.DateNames;
import org.custos.sentencing.result.PretrialResult;
import org.custos.sentencing.result.TermResult;
import org.custos.sentencing.rules.RuleSetRegistry;
import org.custos.sentencing.validation.CaseValidator;

/**
 * The release-date engine. Thread-safe and stateless after construction; rule sets are parsed once.
 * Every sentence is computed under its own jurisdiction's rule set.
 */
public final class ReleaseDateEngine {
    /** Engine version, carried by every result so a date can be traced to the code that made it. */
    public static final String VERSION = "custos-sentencing 0.1.0 (engine 1)";

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
     * Computes every date for one person.
     *
     * @throws org.custos.sentencing.validation.ValidationException with all field errors
     */
    public CaseResult compute(CaseInput in) {
        List<Chain> chains = validator.validate(in);
        Map<String, Integer> index = Chains.index(chains);
        int n = chains.size();
        List<List<CreditRecord>> credits = buckets(n);
        List<List<Disallowance>> dis = buckets(n);
        List<List<Forfeiture>> forf = buckets(n);
        String sole = in.sentences().size() == 1 ? in.sentences().getFirst().id() : null;
        if (n == 1) credits.set(0, in.credits());
        else for (CreditRecord c : in.credits()) credits.get(index.get(c.sentenceId() == null ? sole : c.sentenceId())).add(c);
        for (Disallowance d : in.disallowances()) dis.get(index.get(d.sentenceId() == null ? sole : d.sentenceId())).add(d);
        for (Forfeiture f : in.forfeitures()) forf.get(index.get(f.sentenceId() == null ? sole : f.sentenceId())).add(f);
        List<TermResult> terms = new ArrayList<>(n);
        LocalDate release = null;
        for (int i = 0; i < n; i++) {
            Chain c = chains.get(i);
            Set<String> ids = new HashSet<>();
            for (Sentence s : c.sentences()) ids.add(s.id());
            long custody = CustodyCredit.days(in.custody(), ids, c.start());
            Work w = new Work(in, c, credits.get(i), dis.get(i), forf.get(i), custody);
            TermResult r = "US_FEDERAL".equals(c.ruleSet().model())
                    ? UsFederalCalculator.compute(w) : RedencionCalculator.compute(w);
            terms.add(r);
            LocalDate d = r.date(DateNames.PROJECTED_RELEASE).date();
            if (release == null || d.isAfter(release)) release = d;
        }
        List<PretrialResult> pretrial = new ArrayList<>();
        for (PretrialDetention p : in.pretrial())
            pretrial.add(ProvisionalDetentionLimits.compute(p, registry.get(p.jurisdiction()), in.asOf()));
        pretrial.sort(java.util.Comparator.comparing(p -> String.valueOf(p.id())));
        return new CaseResult(VERSION, release, terms, pretrial);
    }

    private static <T> List<List<T>> buckets(int n) {
        List<List<T>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }
}
