package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.identity.CurrentUser;

/**
 * Releasing a held person (standard 5: legal basis, time, authority and destination, all required).
 * The person keeps their record and may be admitted again later. Publishes {@link PersonReleased}.
 */
public interface Releases {

    /**
     * 404 {@code registry.not-found} if unknown or out of scope; 409 {@code registry.not-held} if the
     * person is not held (already released); 422 {@code registry.validation} naming each field at
     * fault ({@code releasedAt} not in the future nor before the admission).
     */
    PersonFile.ReleaseRecord release(UUID personId, Release release, CurrentUser actor);

    /** What a release records. */
    record Release(String legalBasis, String authority, OffsetDateTime releasedAt, String destination) {
    }
}
