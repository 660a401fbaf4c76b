package org.custos.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.PersonAdmitted;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The work module with everything it depends on (registry, sentencing, movements, …) and housing: one admission in the
 * registry publishes {@link PersonAdmitted}, and every module that keeps a person — housing, sentencing and work —
 * holds them at the admitting facility in the same transaction, with the admitted legal status.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = {"ledger", "tlog", "housing"})
@ActiveProfiles("test")
@Tag("database")
class AdmissionScenarioTest {

    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdmissionReachesEveryModuleThatKeepsThePerson(Scenario scenario) {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID[] admitted = new UUID[1];
        scenario.stimulate(() -> admitted[0] = fx.admit(facility, LegalStatusKind.CONVICTED))
                .andWaitForEventOfType(PersonAdmitted.class)
                .matching(e -> e.subjectId().equals(admitted[0]))
                .toArriveAndVerify(e -> {
                    for (String table : new String[] {"housing_person", "sentencing_person", "work_person"}) {
                        Map<String, Object> row = jdbc.sql("select facility_code, legal_status, held from " + table
                                + " where person_id = :p").param("p", admitted[0]).query().singleRow();
                        assertThat(row).as(table).containsEntry("facility_code", facility)
                                .containsEntry("legal_status", "CONVICTED").containsEntry("held", true);
                    }
                });
    }
}
