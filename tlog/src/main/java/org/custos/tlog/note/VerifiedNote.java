package org.custos.tlog.note;

import java.util.List;

/** A note whose listed signatures were verified by the listed known keys (same order). */
public record VerifiedNote(Note note, List<NoteSignature> verified, List<NoteVerifier> verifiedBy) {
    public VerifiedNote {
        verified = List.copyOf(verified);
        verifiedBy = List.copyOf(verifiedBy);
    }

    /** Whether {@code verifier} produced one of the verified signatures. */
    public boolean isSignedBy(NoteVerifier verifier) {
        return verifiedBy.contains(verifier);
    }
}
