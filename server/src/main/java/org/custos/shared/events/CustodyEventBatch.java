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

    /** The events of the batch that are of {@code type} (a record type or an interface such as {@link FacilityChange}). */
    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
