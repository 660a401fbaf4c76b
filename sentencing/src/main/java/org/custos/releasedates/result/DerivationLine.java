package org.custos.releasedates.result;

import java.util.List;

/**
 * One step of a derivation.
 *
 * @param rule       stable rule code (e.g. REDENCION_WORK, GCT, CUSTODY_CREDIT)
 * @param legalBasis the legal text the step applies
 * @param days       days added (positive) or removed (negative) by this step, or the base count
 * @param version    rule-set version id that supplied the parameters
 * @param note       the step in plain English words (API and command line)
 * @param step       stable code of the step's explanation (TERM, REDEMPTION, CREDIT_PENDING, ...), so that a
 *                   reader renders it in its own language from {@code args}
 * @param args       the step's typed arguments, in the order its explanation uses them
 */
public record DerivationLine(String rule, String legalBasis, long days, String version, String note, String step,
                             List<StepArg> args) {

    public DerivationLine {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
