package org.custos.releasedates.model;

import java.time.LocalDate;

/** Days in custody (both ends inclusive) credited to exactly one sentence. */
public record CustodyInterval(String sentenceId, LocalDate from, LocalDate to, String document) {}
