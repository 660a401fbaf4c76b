package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.identity.CurrentUser;

/**
 * Changing a held person's legal status. The history is never rewritten: a change appends an entry
 * (with its effective time, basis and author), updates the person's current status in the same
 * transaction and publishes {@link LegalStatusChanged}.
 */
public interface LegalStatuses {

    /**
     * Records a change. 404 {@code registry.not-found} if the person is unknown or out of the caller's
     * scope; 409 {@code registry.not-held} if released; 422 {@code registry.validation} naming each
     * field at fault (kind; {@code heldForState} for HELD_FOR_ANOTHER_STATE; {@code decreeNumber} for
     * ADMINISTRATIVE_STATE_OF_EXCEPTION; {@code effectiveAt} not in the future nor before the
     * admission; {@code basis} required; {@code documentSha256} 64 hex digits if given).
     */
    PersonFile.LegalStatusEntry change(UUID personId, Change change, CurrentUser actor);

    /** A change of legal status; {@code basis} names the decision or document that makes it. */
    record Change(LegalStatusKind kind, String decreeNumber, String heldForState, OffsetDateTime effectiveAt,
                  String basis, String documentSha256) {
    }
}
