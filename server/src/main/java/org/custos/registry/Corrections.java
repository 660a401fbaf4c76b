package org.custos.registry;

import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;

/**
 * Correcting a person's identity. A correction is a new record (field, old value, new value, reason,
 * author) shown as the file's history; the current value changes in the same transaction. Nothing is
 * overwritten silently. Publishes {@link RecordCorrected}.
 */
public interface Corrections {

    /**
     * The fields that can be corrected, named as in {@link PersonDetails}. Values are given as text:
     * {@code sex} MALE or FEMALE, {@code dateOfBirth} ISO {@code yyyy-MM-dd}, {@code nationality}
     * ISO 3166-1 alpha-2; {@code secondSurname} may be blank (none).
     */
    List<String> FIELDS = List.of("givenNames", "firstSurname", "secondSurname", "sex", "dateOfBirth", "nationality");

    /**
     * 404 {@code registry.not-found} if unknown or out of scope; 422 {@code registry.validation}
     * ({@code field} not one of {@link #FIELDS}, {@code newValue} invalid for the field or equal to the
     * current value, {@code reason} blank).
     */
    PersonFile.CorrectionEntry correct(UUID personId, String field, String newValue, String reason,
                                       CurrentUser actor);
}
