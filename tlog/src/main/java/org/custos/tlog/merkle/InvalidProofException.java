package org.custos.tlog.merkle;

import org.custos.tlog.VerificationException;

/** An inclusion or consistency proof did not verify; {@link #reason()} names the failed check. */
public final class InvalidProofException extends VerificationException {
    /** The check that failed. */
    public enum Reason {
        /** Inclusion: leaf index ≥ tree size (or negative). */
        INDEX_OUT_OF_RANGE,
        /** Consistency: old size > new size, or a negative size. */
        SIZE_ORDER,
        /** The proof has more or fewer hashes than the sizes require. */
        WRONG_PROOF_LENGTH,
        /** The path ran out before reaching the root (sn ≠ 0) or reached it early (sn = 0 with hashes left). */
        PROOF_NOT_CONSUMED,
        /** Inclusion: the recomputed root differs from the given root. */
        ROOT_MISMATCH,
        /** Consistency: the recomputed old root differs from the given old root. */
        OLD_ROOT_MISMATCH,
        /** Consistency: the recomputed new root differs from the given new root. */
        NEW_ROOT_MISMATCH
    }

    private final Reason reason;

    public InvalidProofException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
