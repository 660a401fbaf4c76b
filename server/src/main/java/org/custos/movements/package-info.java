/**
 * Movements: transfers between facilities (authorization, reason, departure and arrival, and the
 * notification of the family, without which no transfer is recorded — Mandela Rule 68) and escorts
 * out and back (court hearing, hospital) with the authorizing official, the escort staff and times.
 *
 * <p>Publishes the events {@link org.custos.movements.TransferDeparted}, {@link org.custos.movements.PersonTransferred}
 * (the person's facility changed; the registry has no published way to record it yet, so this event
 * is how it learns), {@link org.custos.movements.EscortDeparted} and {@link org.custos.movements.EscortReturned}.
 * Uses housing's {@link org.custos.housing.Whereabouts} in the same transaction.
 * Refusals: {@code movements.validation} (422), {@code movements.not-found} (404), {@code movements.state} (409).
 */
package org.custos.movements;
