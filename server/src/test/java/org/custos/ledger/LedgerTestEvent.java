package org.custos.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A custody event for ledger tests: carries personal-looking data that must never appear in an entry. */
public record LedgerTestEvent(UUID eventId, UUID subjectId, String facilityCode, String actor,
                              OffsetDateTime occurredAt, String personName, BigDecimal amount, List<String> tags)
        implements CustodyEvent {

    public static LedgerTestEvent of(String personName) {
        return new LedgerTestEvent(UUID.randomUUID(), UUID.randomUUID(), "TEST-01", "ledger-test",
                OffsetDateTime.now(), personName, new BigDecimal("12.50"), List.of("a b", "ñ/~%"));
    }
}
