package org.custos.releasedates.model;

import java.time.LocalDate;

/**
 * Approval by the supervising judge (Juez de Vigilancia Penitenciaria, juez de ejecución de penas).
 *
 * @param document the approving decision / certificate (constancia)
 */
public record Approval(ApprovalStatus status, String document, LocalDate revocationDate, String revocationReason) {

    /** A blank document is no document: normalised once here so the engine's checks are a null test. */
    public Approval {
        if (document != null && document.isBlank()) document = null;
    }

    /** Whether the credit counts as of the given calculation date (null = all events). */
    public boolean countsOn(LocalDate asOf) {
        return switch (status) {
            case APPROVED -> true;
            case PENDING -> false;
            case REVOKED -> asOf != null && revocationDate != null && revocationDate.isAfter(asOf);
        };
    }
}
