package org.custos.releasedates.result;

/**
 * One step of a derivation.
 *
 * @param rule       stable rule code (e.g. REDENCION_WORK, GCT, CUSTODY_CREDIT)
 * @param legalBasis the legal text the step applies
 * @param days       days added (positive) or removed (negative) by this step, or the base count
 * @param version    rule-set version id that supplied the parameters
 * @param note       the step in plain words
 */
public record DerivationLine(String rule, String legalBasis, long days, String version, String note) {}
