/**
 * Agreements: custody held for other states (domain rule 16) — agreements with their parties, dates, facilities
 * and places, fee model, governing law and eligibility rules, versioned (amendments appended, never overwritten);
 * the Spring-free eligibility and fee rules in {@code agreements.rules}.
 *
 * <p>Publishes the events {@link org.custos.agreements.AgreementRecorded} and
 * {@link org.custos.agreements.AgreementAmended} (ledger only). Readers: agreement administrators (their facilities'
 * agreements when facility-scoped), monitors and administrators (all), a liaison only its own state's agreements;
 * elsewhere 404. Refusals: {@code agreements.validation} (422, every field at fault), {@code agreements.not-found}
 * (404).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "ledger"})
package org.custos.agreements;
