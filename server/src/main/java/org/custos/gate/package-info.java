/**
 * Gate: every entry and exit of a person who is not a prisoner — visitors, lawyers, officials of any
 * rank, staff, contractors — with full name, identity document, organisation, purpose, the person
 * visited or the area, the authorizing official and the times; scheduled visits (booking, a warden's
 * approval, outcome); and the status of each facility's cameras and recorders, so that what happens
 * while they are offline is flagged.
 *
 * <p>Every record is written together with its custody event in one transaction, so the ledger
 * appends it: {@link org.custos.gate.GateEntryRecorded}, {@link org.custos.gate.GateExitRecorded},
 * {@link org.custos.gate.GateRecordCorrected}, {@link org.custos.gate.VisitBooked},
 * {@link org.custos.gate.VisitApproved}, {@link org.custos.gate.VisitConcluded},
 * {@link org.custos.gate.SurveillanceWentOffline}, {@link org.custos.gate.SurveillanceCameBack}.
 * Each entry's receipt (c2sp.org/tlog-proof@v1) comes from {@link org.custos.ledger.Ledger}.
 *
 * <p>Refusals: {@code gate.validation} (422, fields named), {@code gate.not-found} (404),
 * {@code gate.already-inside}, {@code gate.already-out}, {@code gate.visit-state}, {@code gate.already-online} (409),
 * {@code gate.receipt-pending}
 * (409 while the entry is not yet in a signed checkpoint). Nothing is updated or deleted: the tables refuse it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "registry", "ledger"})
package org.custos.gate;
