package org.custos.housing.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.housing.Whereabouts;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.PersonReleased;
import org.custos.registry.Releases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The housing module with the modules it depends on and the ledger (with its Spring-free {@code tlog}
 * library): a release in the registry publishes {@link PersonReleased}, and in the same transaction housing
 * ends the placement and frees the bunk. Not verified automatically ({@code ModularityTests} verifies, leaving
 * {@code tlog} out).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = {"ledger", "tlog"})
@ActiveProfiles("test")
@Tag("database")
class ReleaseScenarioTest {

    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    Releases releases;
    @Autowired
    CellService cells;
    @Autowired
    PlacementService placements;
    @Autowired
    Whereabouts whereabouts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReleaseEndsThePlacementAndFreesTheBunk(Scenario scenario) {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "scenario-admin", Set.of(Role.ADMINISTRATOR), Set.of(), null, false);
        CurrentUser warden = new CurrentUser(UUID.randomUUID(), "scenario-warden", Set.of(Role.WARDEN), Set.of(), null, false);
        UUID unit = cells.createUnit(facility, new Requests.NewUnit("U1", "Sector 1"), admin);
        UUID cell = cells.createCell(unit, new Requests.CellFigures("C1", new BigDecimal("40"), 10, 1, 1, true, 10, null), admin);
        UUID person = fx.admit(facility, LegalStatusKind.CONVICTED);
        placements.place(new Requests.Placement(person, cell, null, null, null), warden);

        scenario.stimulate(() -> releases.release(person, new Releases.Release("Pena cumplida", "Juzgado de Vigilancia",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), "Domicilio familiar"), warden))
                .andWaitForEventOfType(PersonReleased.class)
                .matchingMappedValue(PersonReleased::subjectId, person)
                .toArriveAndVerify(e -> {
                    assertThat(whereabouts.locate(person).orElseThrow().held()).isFalse();
                    assertThat(jdbc.sql("select population from cell where id = :c").param("c", cell)
                            .query(Integer.class).single()).isZero();
                    assertThat(jdbc.sql("select count(*) from placement where person_id = :p and ended_at is null")
                            .param("p", person).query(Long.class).single()).isZero();
                });
    }
}
