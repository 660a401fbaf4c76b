package org.custos.releasedates.model;

import java.time.LocalDate;

/** A reasoned judicial decision on whether an excluded offence may still earn redención. */
public record JudicialReview(boolean granted, String document, LocalDate date) {}
