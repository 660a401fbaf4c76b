package org.custos.gate.internal;

import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.custos.shared.web.Validation;
import org.springframework.stereotype.Component;

/** Names the person visited from the registry, by booking number, as the caller may see them. */
@Component
class VisitedPersons {

    /** The person visited as recorded at the gate: id, booking number and full name at that time. */
    record Visited(UUID personId, String booking, String name) {
    }

    private final Registry registry;

    VisitedPersons(Registry registry) {
        this.registry = registry;
    }

    /**
     * The held person with this booking number in {@code facilityCode}, or null with a problem on
     * {@code field} (null too when {@code booking} is blank: no person visited).
     */
    Visited resolve(Validation v, String field, String booking, String facilityCode, CurrentUser caller) {
        if (booking == null || booking.isBlank()) {
            return null;
        }
        var page = registry.search(new SearchQuery(null, null, booking.trim(), null, null, null, 0, 2), caller);
        PersonSummary p = page.items().isEmpty() ? null : page.items().get(0);
        if (p == null) {
            v.reject(field, "gate.visited.unknown");
            return null;
        }
        if (!p.held() || facilityCode == null || !facilityCode.equals(p.facilityCode())) {
            v.reject(field, "gate.visited.notHere");
            return null;
        }
        String name = p.givenNames() + " " + p.firstSurname() + (p.secondSurname() == null ? "" : " " + p.secondSurname());
        return new Visited(p.personId(), p.bookingNumber(), name);
    }
}
