package org.custos.ledger;

import java.util.UUID;
import org.custos.identity.CurrentUser;

/**
 * Who may open a ledger commitment (see the record in clear) is decided by the module that owns the record,
 * with exactly the scope of its own API: a module implements this for the records it owns. An opening is
 * refused (404, as for an unknown entry) when any owner refuses it; a record no module claims is scoped by
 * its facility. An owner of a person's data logs the opening in the person's access log with its purpose.
 */
public interface OpeningScope {

    /** The record being opened, as stored in the outbox. */
    record OpenedRecord(long index, UUID eventId, String eventType, UUID subjectId, String facilityCode) {
    }

    enum Decision { NOT_OWNED, ALLOWED, REFUSED }

    /** Runs in the opening's transaction; a module that allows the opening of a person's data logs it there. */
    Decision open(OpenedRecord record, CurrentUser caller, String purpose);
}
