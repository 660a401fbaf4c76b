package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Where in the facility a person is (a port: the registry shows it on the person's file; the housing module, which
 * depends on the registry, answers it). Empty for a person with no cell now.
 */
public interface PersonCell {

    Optional<Cell> of(UUID personId);

    /**
     * The cell, its unit, since when, and whether the person is out of it now (an escort, a transfer on its way) with
     * why, as housing stores it.
     */
    record Cell(UUID cellId, String cellCode, String unitName, OffsetDateTime since, OffsetDateTime outSince,
                String outReason) {
    }
}
