package org.custos.work.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility policy as a table: each row a person's facts and a programme's terms, and the refusals (rule:code)
 * and credit basis expected. "-" is an empty cell.
 */
class EligibilityTest {

    private static final Eligibility.Params POLICY = new Eligibility.Params("SV-PCO-2026.1", Set.of("TRUST", "SEMI_FREEDOM"),
            Set.of("EXTORSION", "AGRUPACIONES_ILICITAS"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            convicted, fit, inside workshop           | CONVICTED | true  | true  | false | MEDIUM  | ORDINARY | false | HURTO     | WORKSHOP     | false | false | false | -                                                          | COUNTED
            untried without consent                   | UNTRIED   | true  | true  | false | MEDIUM  | ORDINARY | false | -         | WORKSHOP     | false | true  | false | LEGAL_STATUS:UNTRIED_WITHOUT_CONSENT                       | AWAITING_CONVICTION
            untried with consent, unpaid programme    | UNTRIED   | true  | true  | true  | MEDIUM  | ORDINARY | false | -         | WORKSHOP     | false | false | false | LEGAL_STATUS:UNTRIED_UNPAID                                | AWAITING_CONVICTION
            untried with consent, paid: no credit yet | UNTRIED   | true  | true  | true  | MEDIUM  | ORDINARY | false | -         | WORKSHOP     | false | true  | false | -                                                          | AWAITING_CONVICTION
            state of exception detainee like untried  | ADMINISTRATIVE_STATE_OF_EXCEPTION | true | true | false | MEDIUM | ORDINARY | false | - | KITCHEN | false | true | false | LEGAL_STATUS:UNTRIED_WITHOUT_CONSENT               | AWAITING_CONVICTION
            released person                           | CONVICTED | false | true  | false | MEDIUM  | ORDINARY | false | -         | WORKSHOP     | false | true  | false | LEGAL_STATUS:NOT_HELD                                      | COUNTED
            medical fitness not recorded              | CONVICTED | true  | -     | false | MEDIUM  | ORDINARY | false | -         | FARM         | false | false | false | MEDICAL_FITNESS:MEDICAL_NOT_RECORDED                       | COUNTED
            medically unfit                           | CONVICTED | true  | false | false | MEDIUM  | ORDINARY | false | -         | FARM         | false | false | false | MEDICAL_FITNESS:MEDICAL_UNFIT                              | COUNTED
            study needs no medical                    | CONVICTED | true  | -     | false | MEDIUM  | ORDINARY | false | -         | STUDY        | false | false | false | -                                                          | COUNTED
            gang member, not-gang programme           | CONVICTED | true  | true  | false | MEDIUM  | ORDINARY | true  | -         | WORKSHOP     | false | false | true  | NOT_GANG_MEMBERS:GANG_MEMBER                               | COUNTED
            gang member, open programme               | CONVICTED | true  | true  | false | MEDIUM  | ORDINARY | true  | -         | WORKSHOP     | false | false | false | -                                                          | COUNTED
            maximum security above programme          | CONVICTED | true  | true  | false | MAXIMUM | ORDINARY | false | -         | WORKSHOP     | false | false | false | SECURITY_CLASSIFICATION:SECURITY_TOO_HIGH                  | COUNTED
            outside work in ordinary phase            | CONVICTED | true  | true  | false | MINIMUM | ORDINARY | false | -         | CONSTRUCTION | true  | true  | false | REGIME_PHASE:PHASE_NOT_OUTSIDE                             | COUNTED
            outside work in trust phase               | CONVICTED | true  | true  | false | MINIMUM | TRUST    | false | -         | CONSTRUCTION | true  | true  | false | -                                                          | COUNTED
            excluded offence: pending judicial review | CONVICTED | true  | true  | false | MEDIUM  | ORDINARY | false | EXTORSION | WORKSHOP     | false | false | false | -                                                          | PENDING_JUDICIAL_REVIEW
            several refusals at once                  | UNTRIED   | true  | -     | false | MAXIMUM | -        | true  | -         | CONSTRUCTION | true  | false | true  | LEGAL_STATUS:UNTRIED_WITHOUT_CONSENT,MEDICAL_FITNESS:MEDICAL_NOT_RECORDED,NOT_GANG_MEMBERS:GANG_MEMBER,SECURITY_CLASSIFICATION:SECURITY_TOO_HIGH,REGIME_PHASE:PHASE_NOT_OUTSIDE | AWAITING_CONVICTION
            immigration detention                     | IMMIGRATION_DETENTION | true | true | false | MEDIUM | ORDINARY | false | - | WORKSHOP | false | true | false | LEGAL_STATUS:IMMIGRATION                                   | COUNTED
            """)
    void decides(String name, String status, boolean held, String fit, boolean consent, String security, String phase,
                 boolean gang, String offences, String kind, boolean outside, boolean paid, boolean noGang,
                 String refusals, String basis) {
        Eligibility.Facts facts = new Eligibility.Facts(status, held, "CECOT", "-".equals(fit) ? null : Boolean.valueOf(fit),
                consent, security, "-".equals(phase) ? null : phase, gang,
                "-".equals(offences) ? List.of() : List.of(offences.split(",")));
        Eligibility.Terms terms = new Eligibility.Terms("CECOT", kind, outside, paid, noGang, "MEDIUM", "WORK");
        Eligibility.Decision d = Eligibility.decide(facts, terms, POLICY);
        List<String> expected = "-".equals(refusals) ? List.of() : Arrays.asList(refusals.split(","));
        assertThat(d.refusals().stream().map(r -> r.rule() + ":" + r.code()).toList()).isEqualTo(expected);
        assertThat(d.allowed()).isEqualTo(expected.isEmpty());
        assertThat(d.basis().name()).isEqualTo(basis);
        assertThat(d.refusals()).allSatisfy(r -> assertThat(r.version()).isEqualTo("SV-PCO-2026.1"));
    }

    @org.junit.jupiter.api.Test
    void aPersonInAnotherFacilityIsRefusedByTheFacilityRule() {
        Eligibility.Facts facts = new Eligibility.Facts("CONVICTED", true, "LA-ESPERANZA", true, false, "MINIMUM",
                "ORDINARY", false, List.of());
        Eligibility.Decision d = Eligibility.decide(facts,
                new Eligibility.Terms("CECOT", "WORKSHOP", false, true, false, "MEDIUM", "NONE"), POLICY);
        assertThat(d.refusals()).extracting(Eligibility.Refusal::code).containsExactly("OTHER_FACILITY");
        assertThat(d.basis()).isEqualTo(Eligibility.Basis.NONE);
    }
}
