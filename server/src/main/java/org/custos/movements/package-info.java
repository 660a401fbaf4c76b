/**
 * Movements: transfers between facilities (authorization, reason, departure and arrival, and the
 * notification of the family, without which no transfer is recorded — Mandela Rule 68) and escorts
 * out and back (court hearing, hospital) with the authorizing official, the escort staff and times.
 *
 * <p>Publishes the events {@link org.custos.movements.TransferAuthorized} (ledger only: nothing moved yet),
 * {@link org.custos.movements.TransferDeparted}, {@link org.custos.movements.PersonTransferred}
 * (the person's facility changed: a {@link org.custos.shared.events.FacilityChange} that the registry, housing
 * and sentencing follow in the arrival's transaction), {@link org.custos.movements.EscortDeparted} and
 * {@link org.custos.movements.EscortReturned} and {@link org.custos.movements.TransferCancelled} (a pending transfer
 * cancelled with its reason before departure: nothing moved; ledger only). Uses housing's {@link org.custos.housing.Whereabouts}
 * in the same transaction to take a person out and back. A person has at most one pending transfer; only the
 * receiving facility records the arrival, not before the departure.
 * Refusals: {@code movements.validation} (422), {@code movements.not-found} (404), {@code movements.state} (409),
 * {@code movements.transfer-pending} (409).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "housing", "ledger"})
package org.custos.movements;
