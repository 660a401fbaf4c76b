package org.custos.releasedates.model;

import java.time.LocalDate;

/**
 * An untried person's provisional detention, for the legal-limit dates (El Salvador CPP art. 8).
 *
 * @param stateOfException detained under the state of exception, so transitional decrees may apply
 */
public record PretrialDetention(
        String id, String jurisdiction, Offence offence, LocalDate detentionStart, boolean onAppeal,
        boolean stateOfException) {}
