/**
 * Sentencing: sentences, custody intervals credited to them, work and study credits with the
 * supervising judge's approval, disallowances and flags; the release dates computed from them by the
 * Spring-free engine (the {@code sentencing/} jar, package {@code org.custos.releasedates}), stored with their derivation; population
 * recomputation when a rule set changes; release and provisional-detention alerts.
 *
 * <p>Publishes the events {@link org.custos.sentencing.SentenceRecorded},
 * {@link org.custos.sentencing.SentenceCorrected}, {@link org.custos.sentencing.CustodyIntervalRecorded},
 * {@link org.custos.sentencing.CreditRecorded}, {@link org.custos.sentencing.CreditApproved},
 * {@link org.custos.sentencing.CreditRevoked}, {@link org.custos.sentencing.CreditsRecordedInBulk}, {@link org.custos.sentencing.DisallowanceRecorded},
 * {@link org.custos.sentencing.SentenceFlagsRecorded}, {@link org.custos.sentencing.PretrialDetailsRecorded} and
 * {@link org.custos.sentencing.ReleaseDatesRecomputed}, inside the writing transaction (ledger only: the facts stay
 * here). Listens to the registry's {@code PersonAdmitted}, {@code LegalStatusChanged} and {@code PersonReleased}
 * and to {@link org.custos.shared.events.FacilityChange} to know who is held where;
 * reads the registry's {@code custodySpan} so a custody interval lies inside the person's custody.
 * Refusals: {@code sentencing.validation} (422, each field named as the engine names it, e.g.
 * {@code sentences[0].term}), {@code sentencing.not-found} (404).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "registry", "ledger"})
package org.custos.sentencing;
