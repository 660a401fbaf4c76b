package org.custos.housing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.Corrections;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.RecordCorrected;
import org.custos.registry.Sex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The housing module with its dependencies: a correction of a person's sex or date of birth in the registry
 * ({@link RecordCorrected}) reaches housing's own copy, which the separation rules read (Mandela Rule 11), in the
 * correcting transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = {"ledger", "tlog"})
@ActiveProfiles("test")
@Tag("database")
class CorrectionScenarioTest {

    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    Corrections corrections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectedSexAndDateOfBirthReachHousing(Scenario scenario) {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID person = fx.admit(facility, Sex.MALE, LegalStatusKind.UNTRIED, LocalDate.of(1990, 5, 1));
        CurrentUser clerk = new CurrentUser(UUID.randomUUID(), "scenario-clerk", Set.of(Role.RECORDS_CLERK), Set.of(),
                null, false);

        scenario.stimulate(() -> corrections.correct(person, "sex", "FEMALE", "Error de transcripción en el ingreso",
                        clerk))
                .andWaitForEventOfType(RecordCorrected.class)
                .matchingMappedValue(RecordCorrected::subjectId, person)
                .toArriveAndVerify(e -> assertThat(jdbc.sql("select sex from housing_person where person_id = :p")
                        .param("p", person).query(String.class).single()).isEqualTo("FEMALE"));

        scenario.stimulate(() -> corrections.correct(person, "dateOfBirth", "1988-05-01",
                        "La partida de nacimiento dice 1988", clerk))
                .andWaitForEventOfType(RecordCorrected.class)
                .matching(e -> e.subjectId().equals(person))
                .toArriveAndVerify(e -> assertThat(jdbc.sql("select date_of_birth from housing_person where person_id = :p")
                        .param("p", person).query(LocalDate.class).single()).isEqualTo(LocalDate.of(1988, 5, 1)));
    }
}
