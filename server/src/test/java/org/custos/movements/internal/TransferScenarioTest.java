package org.custos.movements.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.housing.PersonLocation;
import org.custos.housing.Whereabouts;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.movements.PersonTransferred;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The movements module with the modules it depends on (housing, registry, facilities, identity) and the
 * ledger with its Spring-free {@code tlog} library (every custody record commits only with its entry):
 * a transfer's arrival publishes {@link PersonTransferred}, and in the same transaction the registry and
 * housing hold the person at the receiving facility. Not verified automatically: the module model here
 * would count the Spring-free {@code tlog} library as a module ({@code ModularityTests} leaves it out and verifies).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = {"ledger", "tlog"})
@ActiveProfiles("test")
@Tag("database")
class TransferScenarioTest {

    @Autowired
    TransferService transfers;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    Registry registry;
    @Autowired
    Whereabouts whereabouts;

    @Test
    void anArrivalMovesThePersonInTheRegistryAndInHousing(Scenario scenario) {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        CurrentUser warden = new CurrentUser(UUID.randomUUID(), "scenario-warden", Set.of(Role.WARDEN), Set.of(), null, false);
        OffsetDateTime notified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3);
        UUID transfer = transfers.authorize(new MovementRequests.Transfer(person, to, "Descongestión", "Director General",
                new MovementRequests.FamilyNotification("Marta López (madre)", "teléfono", notified)), warden);
        transfers.depart(transfer, new MovementRequests.At(notified.plusHours(1)), warden);

        scenario.stimulate(() -> transfers.arrive(transfer, null, warden))
                .andWaitForEventOfType(PersonTransferred.class)
                .matchingMappedValue(PersonTransferred::subjectId, person)
                .toArriveAndVerify(e -> {
                    assertThat(e.fromFacility()).isEqualTo(from);
                    assertThat(e.facilityCode()).isEqualTo(to);
                    assertThat(registry.find(person, null).map(PersonSummary::facilityCode)).contains(to);
                    PersonLocation here = whereabouts.locate(person).orElseThrow();
                    assertThat(here.facilityCode()).isEqualTo(to);
                    assertThat(here.out()).isFalse();
                });
    }
}
