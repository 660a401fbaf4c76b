package org.custos.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a person is. Names are stored and shown exactly as given (accents, ñ, apostrophes, any
 * character but control characters). {@code nationality} is ISO 3166-1 alpha-2.
 */
public record PersonDetails(String givenNames, String firstSurname, String secondSurname, List<String> aliases,
                            Sex sex, LocalDate dateOfBirth, String nationality, List<IdentityDocument> documents) {

    public PersonDetails {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
