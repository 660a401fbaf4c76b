package org.custos.shared.events;

import java.util.List;

/**
 * Many custody events published at once (bulk work: a CSV import, the demo dataset). The outbox
 * stores them with one batch insert, in the publisher's transaction. Listeners that react to a kind
 * of event must also handle it inside a batch.
 */
public record CustodyEventBatch(List<CustodyEvent> events) {

    public CustodyEventBatch {
        events = List.copyOf(events);
    }
}
