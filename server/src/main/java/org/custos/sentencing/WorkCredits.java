package org.custos.sentencing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;

/**
 * Work and study days certified by the supervising judge (constancia de redención), recorded as approved
 * credits by the work module. Each call runs in the caller's transaction: the credits, their events and the
 * person's recomputed release dates commit or roll back with the certification that caused them.
 */
public interface WorkCredits {

    /** One day of labor efectiva (or study, teaching): the credit kind ({@code WORK}, {@code STUDY}, {@code TEACHING}). */
    record CertifiedDay(LocalDate date, String kind, Integer hours) {
    }

    /** What was recorded: one sentencing credit id per day (in order) and the projected release after and before. */
    record Certified(List<UUID> creditIds, LocalDate projectedRelease, LocalDate previousRelease) {
    }

    /**
     * Records each day as an APPROVED credit naming the constancia and the SHA-256 of the judge's document,
     * and recomputes the dates. 404 {@code sentencing.not-found} outside the caller's scope; 422
     * {@code sentencing.validation} if the engine refuses the case (e.g. no sentence).
     */
    Certified recordCertified(UUID personId, List<CertifiedDay> days, String constancia, String documentSha256,
                              CurrentUser caller);

    /** Revokes approved credits (a corrected attendance record, a revoked approval) and recomputes. */
    LocalDate revoke(UUID personId, List<UUID> creditIds, LocalDate date, String reason, CurrentUser caller);

    /** The offence codes of the person's sentences (for the work module's art. 105-A check). */
    List<String> offenceCodes(UUID personId);

    /** The offence codes of many persons at once (a person without a sentence is absent from the map). */
    java.util.Map<UUID, List<String>> offenceCodes(java.util.Collection<UUID> personIds);
}
