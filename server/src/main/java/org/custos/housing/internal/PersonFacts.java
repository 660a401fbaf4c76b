package org.custos.housing.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.Page;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills in sex and date of birth for a person housing knew before {@code PersonAdmitted} carried them
 * (rows projected by an older version): read once from the registry's published search by booking
 * number, as the system. Persons admitted since come with both in the event.
 */
@Component
class PersonFacts {

    static final CurrentUser SYSTEM = new CurrentUser(new UUID(0, 0), "housing", Set.of(Role.MONITOR), Set.of(),
            null, false);
    private final Registry registry;
    private final JdbcClient jdbc;

    PersonFacts(Registry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** Reads and stores sex and date of birth of one person; returns false if the registry has no such booking. */
    boolean resolve(UUID personId, String bookingNumber) {
        Page<PersonSummary> found = registry.search(
                new SearchQuery(null, null, bookingNumber, null, null, null, 0, 1), SYSTEM);
        for (PersonSummary s : found.items()) {
            if (s.personId().equals(personId)) {
                store(s.personId(), s.sex().name(), s.dateOfBirth());
                return true;
            }
        }
        return false;
    }

    void store(UUID personId, String sex, LocalDate born) {
        jdbc.sql("update housing_person set sex = :s, date_of_birth = :d where person_id = :p")
                .param("s", sex).param("d", born).param("p", personId).update();
    }
}
