package org.custos.gate.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.custos.shared.web.Validation;

/** Times given by a caller: now when absent, never more than five minutes in the future; in UTC. */
final class Times {

    private Times() {
    }

    static OffsetDateTime at(Validation v, String field, OffsetDateTime given, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        v.rejectIf(given != null && given.isAfter(now.plusMinutes(5)), field, "gate.future");
        return (given == null ? now : given).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
