package org.custos.oversight;

import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facility with a CECOT-like cell (100 m², 4 bunks declared for 4, holding 6: the test places two people, the
 * rest is the cell's figures), a warden and an officer scoped to it, a national monitor; persons admitted and placed.
 */
final class OversightFixtures {

    final String facility;
    final UUID unit;
    final UUID cell;
    final Api warden;
    final Api officer;
    final Api monitor;
    final Api workManager;
    final Api otherOfficer;
    final HousingFixtures housing;

    OversightFixtures(int port, TestUsers users, FacilityDirectory facilities, Admissions admissions,
                      OrderDocuments documents) {
        housing = new HousingFixtures(facilities, admissions, documents);
        facility = housing.facility();
        warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        monitor = Api.as(port, users.with(Role.MONITOR));
        workManager = Api.as(port, users.with(Role.WORK_MANAGER));
        otherOfficer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(housing.facility()), null));
        unit = HousingFixtures.unit(warden, facility);
        cell = HousingFixtures.cell(warden, unit, "C-01", 5.0, 1);
    }

    UUID admitAndPlace() {
        UUID p = housing.admit(facility, LegalStatusKind.UNTRIED);
        Api.Response r = HousingFixtures.place(officer, p, cell, "\"capacityReason\":\"prueba de hacinamiento\"");
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return p;
    }

    UUID admit() {
        return housing.admit(facility, LegalStatusKind.UNTRIED);
    }
}
