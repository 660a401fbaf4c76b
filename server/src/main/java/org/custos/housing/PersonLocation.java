package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Where a person is: facility, current cell (null when not placed), and since when out (null when in). */
public record PersonLocation(UUID personId, String bookingNumber, String facilityCode, boolean held,
                             UUID cellId, OffsetDateTime outSince, String outReason) {

    public boolean out() {
        return outSince != null;
    }
}
