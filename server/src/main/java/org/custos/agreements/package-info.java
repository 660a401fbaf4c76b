/**
 * Agreements: custody held for other states (domain rule 16) — agreements with their parties, dates, facilities
 * and places, fee model, governing law and eligibility rules, versioned (amendments appended, never overwritten);
 * the Spring-free eligibility and fee rules in {@code agreements.rules}.
 *
 * <p>Publishes the events {@link org.custos.agreements.AgreementRecorded},
 * {@link org.custos.agreements.AgreementAmended} and {@link org.custos.agreements.ManifestChecked} (ledger only).
 * The intake from a flight manifest ({@code agreements.intake}) admits the accepted persons through the registry's
 * {@code Admissions} (held for the sending state, the foreign judgment as commitment basis). Readers: agreement administrators (their facilities'
 * agreements when facility-scoped), monitors and administrators (all), a liaison only its own state's agreements;
 * elsewhere 404. Refusals: {@code agreements.validation} (422, every field at fault), {@code agreements.not-found}
 * (404).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "registry", "ledger"})
package org.custos.agreements;
