package org.custos.tlog.checkpoint;

import static org.custos.tlog.note.NoteVerificationException.Reason.MISSING_REQUIRED_SIGNATURE;
import static org.custos.tlog.note.NoteVerificationException.Reason.ORIGIN_MISMATCH;
import static org.custos.tlog.note.NoteVerificationException.Reason.QUORUM_NOT_MET;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteVerificationException;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.note.NoteVerifiers;
import org.custos.tlog.note.VerifiedNote;

/** A checkpoint whose log signature (and optionally a witness quorum) has been verified. */
public record SignedCheckpoint(Checkpoint checkpoint, VerifiedNote note) {

    /**
     * Opens a signed checkpoint: the log key must sign, the origin must equal the log key's name, and at least
     * {@code quorum} distinct keys among {@code witnesses} must have valid cosignatures.
     */
    public static SignedCheckpoint open(byte[] signedNote, NoteVerifier log, List<? extends NoteVerifier> witnesses,
            int quorum) throws TlogFormatException, NoteVerificationException {
        List<NoteVerifier> known = new ArrayList<>(witnesses);
        known.add(log);
        VerifiedNote verified = new NoteVerifiers(known).open(signedNote);
        if (!verified.isSignedBy(log)) {
            throw new NoteVerificationException(MISSING_REQUIRED_SIGNATURE, "not signed by the log key " + log.name());
        }
        Set<NoteVerifier> cosigners = new HashSet<>(verified.verifiedBy());
        cosigners.retainAll(witnesses);
        if (cosigners.size() < quorum) {
            throw new NoteVerificationException(QUORUM_NOT_MET, cosigners.size() + " of " + quorum + " witnesses");
        }
        Checkpoint checkpoint = Checkpoint.parse(verified.note().text());
        if (!checkpoint.origin().equals(log.name())) {
            throw new NoteVerificationException(ORIGIN_MISMATCH, checkpoint.origin() + " ≠ " + log.name());
        }
        return new SignedCheckpoint(checkpoint, verified);
    }

    /** Opens with the log key only. */
    public static SignedCheckpoint open(byte[] signedNote, NoteVerifier log)
            throws TlogFormatException, NoteVerificationException {
        return open(signedNote, log, List.of(), 0);
    }

    public Note signedNote() {
        return note.note();
    }
}
