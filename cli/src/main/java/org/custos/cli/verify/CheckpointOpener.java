package org.custos.cli.verify;

import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteVerificationException;
import org.custos.tlog.note.NoteVerifier;

/** Opens a signed checkpoint with the log keys that carry its origin, turning failures into verdicts. */
public final class CheckpointOpener {
    private CheckpointOpener() {
    }

    /** Opens {@code signed}; {@code what} names it in messages ("checkpoint", "earlier checkpoint"). */
    static SignedCheckpoint open(byte[] signed, List<NoteVerifier> logKeys, List<NoteVerifier> witnesses,
            int quorum, String what) throws VerifyFailure {
        String origin;
        try {
            origin = Checkpoint.parse(Note.parse(signed).text()).origin();
        } catch (TlogFormatException e) {
            throw new VerifyFailure(Report.Status.UNTRUSTED, "the " + what + " is not a well-formed signed checkpoint: "
                    + e.getMessage());
        }
        List<NoteVerifier> candidates = logKeys.stream().filter(k -> k.name().equals(origin)).toList();
        if (candidates.isEmpty()) {
            throw new VerifyFailure(Report.Status.UNTRUSTED, "the " + what + " is for log '" + origin
                    + "', which no --log-key names");
        }
        String failure = null;
        for (NoteVerifier key : candidates) {
            try {
                return SignedCheckpoint.open(signed, key, witnesses, quorum);
            } catch (TlogFormatException e) {
                failure = "the " + what + " is malformed: " + e.getMessage();
            } catch (NoteVerificationException e) {
                failure = describe(e, what, key);
            }
        }
        throw new VerifyFailure(Report.Status.UNTRUSTED, failure);
    }

    /** Names of the witnesses whose cosignatures verified. */
    static List<String> witnessNames(SignedCheckpoint checkpoint, List<NoteVerifier> witnesses) {
        List<String> names = new ArrayList<>();
        for (NoteVerifier v : checkpoint.note().verifiedBy()) {
            if (witnesses.contains(v)) {
                names.add(v.name());
            }
        }
        return names;
    }

    private static String describe(NoteVerificationException e, String what, NoteVerifier key) {
        String id = String.format("%08x", key.keyId());
        String detail = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
        return switch (e.reason()) {
            case NO_KNOWN_SIGNATURE, MISSING_REQUIRED_SIGNATURE ->
                    "the " + what + " is not signed by the log key " + key.name() + "+" + id;
            case INVALID_SIGNATURE -> "the " + what + " carries an invalid signature: " + detail;
            case QUORUM_NOT_MET -> "witness quorum not met: " + detail + " cosigned the " + what;
            case ORIGIN_MISMATCH -> "the " + what + "'s origin is not the log key's name: " + detail;
        };
    }
}
