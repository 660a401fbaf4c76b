package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a held person is, and the changes a movement makes to it. The commands join the caller's
 * transaction (they must be called inside one) and lock the person's row. An arrival at another facility
 * is not a command: housing follows the {@link org.custos.shared.events.FacilityChange} event. Each command takes
 * the id of the custody event the caller publishes for the movement in the same transaction: housing names the rows
 * it wrote to the ledger with that event's entry ({@link org.custos.shared.events.RowsWritten}).
 */
public interface Whereabouts {

    /** The person's facility, cell and whether they are out; empty for a person housing never saw. */
    Optional<PersonLocation> locate(UUID personId);

    /** As {@link #locate}, by booking number (as typed in a form: trimmed, any case); empty if unknown. */
    Optional<PersonLocation> locateByBooking(String bookingNumber);

    /** The person leaves under escort (court, hospital): still placed, shown as out, not missing. */
    void leave(UUID eventId, UUID personId, String reason, OffsetDateTime at);

    /** The person is back from an escort. */
    void back(UUID eventId, UUID personId);

    /** The person leaves the facility on a transfer: the placement ends, the person is in transit. */
    void departOnTransfer(UUID eventId, UUID personId, String toFacility, OffsetDateTime at, String actor);
}
