/**
 * Registry: the national record of persons deprived of liberty — identity and documents, admissions
 * with their commitment orders and Mandela Rule 7 details, legal status history, releases,
 * corrections (appended, never overwritten silently) and the log of who read each file.
 *
 * <p>Publishes:
 * <ul>
 * <li>{@link org.custos.registry.Admissions} — admit one or many (bulk, batch-inserted);</li>
 * <li>{@link org.custos.registry.Registry} — search, the person's file (each read logged with its
 * purpose), the access log, the span of a person's custody ({@code custodySpan}: first arrest or admission,
 * last release; used by sentencing to bound custody intervals); all scoped by the caller (facility scope, liaison state, 404 outside);</li>
 * <li>{@link org.custos.registry.LegalStatuses}, {@link org.custos.registry.Releases},
 * {@link org.custos.registry.Corrections} — the commands on a person's record;</li>
 * <li>{@link org.custos.registry.OrderDocuments} — the scanned commitment orders, by SHA-256;</li>
 * <li>the events {@link org.custos.registry.PersonAdmitted}, {@link org.custos.registry.LegalStatusChanged},
 * {@link org.custos.registry.PersonReleased}, {@link org.custos.registry.RecordCorrected}, published
 * inside the writing transaction. A bulk admission publishes its {@code PersonAdmitted} events
 * together as one {@link org.custos.shared.events.CustodyEventBatch}.</li>
 * <li>{@link org.custos.ledger.OpeningScope} for ledger openings of a person's records: the registry's scope,
 * each opening logged in the person's access log with its purpose.</li>
 * </ul>
 * Follows {@link org.custos.shared.events.FacilityChange} (a transfer's arrival): appends a row to
 * {@code person_facility_change} and moves the person's current facility, in the publisher's transaction; the
 * registry is the one source of truth of where a person is held.
 * Refusals are problem details with codes {@code registry.validation} (422, every field at fault),
 * {@code registry.not-found} (404), {@code registry.already-held} and {@code registry.not-held} (409),
 * {@code idempotency.mismatch} (422). Nothing in the registry is ever deleted: the tables refuse it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "ledger"})
package org.custos.registry;
