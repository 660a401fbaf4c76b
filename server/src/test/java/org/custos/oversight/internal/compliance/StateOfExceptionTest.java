package org.custos.oversight.internal.compliance;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No rule can be switched off: not by configuration (no value weaker than the standard, no unknown parameter such
 * as an "enabled" flag), not by a state of exception (every parameter of a non-derogable rule refused, derogable
 * ones only within their limit), and a state of exception in force is context, never a reason for silence.
 */
class StateOfExceptionTest {

    private static final LocalDate DECREE_DATE = LocalDate.of(2022, 3, 27);

    private static StateOfException decree(Map<String, BigDecimal> relaxations) {
        return new StateOfException("D.L. 333", DECREE_DATE, "ICCPR art. 4(3) notification", LocalDate.of(2022, 4, 1),
                relaxations);
    }

    @Test
    void everyAttemptToRelaxANonDerogableRuleIsRefused() {
        List<Parameter> nonDerogable = Arrays.stream(Parameter.values()).filter(p -> !p.rule().derogable()).toList();
        assertThat(nonDerogable).hasSizeGreaterThan(10);
        for (Parameter p : nonDerogable) {
            for (BigDecimal value : List.of(BigDecimal.ZERO, new BigDecimal("100000"), new BigDecimal("-1"))) {
                if (p.atLeastAsStrict(value)) continue;
                assertThatThrownBy(() -> Policy.standard().under(decree(Map.of(p.name(), value))))
                        .as(p + " = " + value).isInstanceOfSatisfying(Policy.PolicyRefused.class,
                                r -> assertThat(r.code()).isEqualTo("oversight.NON_DEROGABLE"));
            }
        }
    }

    @Test
    void noParameterSwitchesARuleOff() {
        for (Rule rule : Rule.values()) {
            for (String name : List.of(rule.name(), rule.name() + ".enabled", "enabled", rule.name() + "_ENABLED")) {
                assertThatThrownBy(() -> Policy.standard().under(decree(Map.of(name, BigDecimal.ZERO))))
                        .isInstanceOfSatisfying(Policy.PolicyRefused.class,
                                r -> assertThat(r.code()).isEqualTo("oversight.UNKNOWN_PARAMETER"));
                assertThatThrownBy(() -> Policy.of("cfg", DECREE_DATE, Map.of(name, BigDecimal.ZERO)))
                        .isInstanceOf(Policy.PolicyRefused.class);
            }
        }
        for (Class<?> type : List.of(Facts.class, StateOfException.class, Finding.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(c.getName().toLowerCase()).as(type + "." + c.getName()).doesNotContain("enabled", "disable",
                        "suspend", "skip");
            }
        }
    }

    @Test
    void configurationMayOnlyBeStricterThanTheStandard() {
        assertThatThrownBy(() -> Policy.of("cfg", DECREE_DATE, Map.of("MIN_OUTDOOR_MINUTES", new BigDecimal("30"))))
                .isInstanceOfSatisfying(Policy.PolicyRefused.class,
                        r -> assertThat(r.code()).isEqualTo("oversight.WEAKER_THAN_STANDARD"));
        assertThatThrownBy(() -> Policy.of("cfg", DECREE_DATE, Map.of("TEMPERATURE_VIOLATION_C", new BigDecimal("40"))))
                .isInstanceOf(Policy.PolicyRefused.class);
        Policy stricter = Policy.of("cfg", DECREE_DATE, Map.of("MIN_OUTDOOR_MINUTES", new BigDecimal("120")));
        assertThat(stricter.whole(Parameter.MIN_OUTDOOR_MINUTES)).isEqualTo(120);
    }

    @Test
    void aDerogableDeadlineMayBeRelaxedOnlyWithinItsLimit() {
        Policy relaxed = Policy.standard().under(decree(Map.of("COMPLAINT_ANSWER_DAYS", new BigDecimal("30"))));
        assertThat(relaxed.whole(Parameter.COMPLAINT_ANSWER_DAYS)).isEqualTo(30);
        assertThat(relaxed.version()).isEqualTo("standard+D.L. 333");
        assertThatThrownBy(() -> Policy.standard().under(decree(Map.of("COMPLAINT_ANSWER_DAYS", new BigDecimal("31")))))
                .isInstanceOfSatisfying(Policy.PolicyRefused.class,
                        r -> assertThat(r.code()).isEqualTo("oversight.BEYOND_EXCEPTION_LIMIT"));
    }

    @Test
    void underAStateOfExceptionEveryRuleIsStillEvaluatedAndTheDecreeIsContext() {
        UUID cell = UUID.randomUUID();
        Facts facts = new Facts(List.of(new Facts.Cell(cell, "CECOT", "M1-01", 150, 80, new BigDecimal("100"), 80)),
                List.of(new Facts.RegimeDay(UUID.randomUUID(), UUID.randomUUID(), "M1", null, "CECOT",
                        LocalDate.of(2026, 6, 15), 150, 30, 0, false)),
                null, null, null, null, null, null, null, null, null);
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T23:00:00Z"), ZoneOffset.UTC);
        ComplianceEngine engine = new ComplianceEngine(clock, ZoneId.of("America/El_Salvador"));
        StateOfException soe = decree(Map.of("INSPECTION_INTERVAL_DAYS", new BigDecimal("730")));
        ComplianceEngine.Evaluation normal = engine.evaluate(Policy.standard(), facts);
        ComplianceEngine.Evaluation exceptional = engine.evaluate(Policy.standard().under(soe), facts);
        assertThat(exceptional.rulesEvaluated()).containsExactlyInAnyOrder(Rule.values());
        assertThat(exceptional.stateOfException()).isEqualTo(soe);
        assertThat(exceptional.findings()).extracting(Finding::rule).containsExactlyElementsOf(
                normal.findings().stream().map(Finding::rule).toList());
        assertThat(exceptional.findings()).extracting(Finding::rule).contains(Rule.OCCUPANCY, Rule.LIVING_SPACE,
                Rule.BUNKS, Rule.OUTDOOR_EXERCISE, Rule.DE_FACTO_SOLITARY);
    }
}
