package org.custos.oversight.internal.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Measures the recorded facts against every rule of a policy. Pure Java: the clock and the facilities' time zone
 * are given. Every rule is evaluated on every run, whatever the policy or the state of exception (which is kept
 * as context of the result); the only way a rule yields nothing is that the facts satisfy it.
 */
public final class ComplianceEngine {

    private final Clock clock;
    private final ZoneId zone;

    public ComplianceEngine(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The result: the policy version applied, the state of exception as context, the rules run, the findings. */
    public record Evaluation(String policyVersion, StateOfException stateOfException, OffsetDateTime evaluatedAt,
                             Set<Rule> rulesEvaluated, List<Finding> findings) {
    }

    public Evaluation evaluate(Policy policy, Facts facts) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        Context c = new Context(policy, now, today, zone, new ArrayList<>());
        ConditionsChecks.occupancy(c, facts.cells());
        ConditionsChecks.temperature(c, facts.readings());
        RegimeChecks.regime(c, facts.regime());
        RegimeChecks.solitary(c, facts.segregations());
        RegimeChecks.restraints(c, facts.restraints());
        ProcessChecks.sanctions(c, facts.sanctions());
        ProcessChecks.examinations(c, facts.admissions());
        ProcessChecks.complaints(c, facts.complaints());
        ProcessChecks.allegations(c, facts.allegations());
        ProcessChecks.deaths(c, facts.deaths());
        ProcessChecks.inspections(c, facts.visits());
        List<Finding> findings = c.findings().stream().sorted(Comparator.comparing(Finding::rule)
                .thenComparing(Finding::facilityCode).thenComparing(Finding::subjectLabel)
                .thenComparing(Finding::from)).toList();
        return new Evaluation(policy.version(), policy.exception(), now, EnumSet.allOf(Rule.class), findings);
    }

    /** What a check needs: the policy, now, today in the facilities' zone, and where its findings go. */
    record Context(Policy policy, OffsetDateTime now, LocalDate today, ZoneId zone, List<Finding> findings) {

        void add(Rule rule, Severity severity, String facility, String kind, java.util.UUID id, String label,
                 LocalDate from, LocalDate to, Finding.Text measure, Finding.Text threshold, List<String> evidence) {
            findings.add(new Finding(rule, policy.version(), severity, facility, kind, id, label, from, to, measure,
                    threshold, evidence));
        }

        LocalDate day(OffsetDateTime at) {
            return at.atZoneSameInstant(zone).toLocalDate();
        }
    }
}
