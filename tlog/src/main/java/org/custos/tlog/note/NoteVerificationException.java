package org.custos.tlog.note;

import org.custos.tlog.VerificationException;

/** A parsed note was rejected by its signatures; {@link #reason()} says why. */
public final class NoteVerificationException extends VerificationException {
    /** Why the note was rejected. */
    public enum Reason {
        /** A signature line from a known key (name and key ID match) did not verify. */
        INVALID_SIGNATURE,
        /** No signature line came from a known key. */
        NO_KNOWN_SIGNATURE,
        /** A required signer (e.g. the log) did not sign. */
        MISSING_REQUIRED_SIGNATURE,
        /** Fewer distinct witnesses cosigned than the policy's quorum. */
        QUORUM_NOT_MET,
        /** The checkpoint origin is not the log key's name. */
        ORIGIN_MISMATCH
    }

    private final Reason reason;

    public NoteVerificationException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
