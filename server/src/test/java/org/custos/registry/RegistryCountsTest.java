package org.custos.registry;

import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The first screen's counts are exact and scoped like every other read. */
@CustosTest
@Tag("database")
class RegistryCountsTest {

    @Autowired
    Registry registry;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;

    @Test
    void countsFollowAdmissionsAndAreScopedByFacility() {
        String facility = RegistryFixtures.facility(facilities);
        CurrentUser warden = new CurrentUser(java.util.UUID.randomUUID(), "w", Set.of(Role.WARDEN), Set.of(facility),
                null, false);
        assertThat(registry.counts(warden)).isEqualTo(new Registry.Counts(0, 0, 0));
        admissions.admit(RegistryFixtures.admission(facility), "test");
        admissions.admit(RegistryFixtures.admission(facility), "test");
        Registry.Counts counts = registry.counts(warden);
        assertThat(counts.held()).isEqualTo(2);
        assertThat(counts.untried()).isEqualTo(2); // the fixture admits untried persons
        assertThat(counts.released()).isZero();
        CurrentUser monitor = new CurrentUser(java.util.UUID.randomUUID(), "m", Set.of(Role.MONITOR), Set.of(), null,
                false);
        assertThat(registry.counts(monitor).held()).isGreaterThanOrEqualTo(2);
    }
}
