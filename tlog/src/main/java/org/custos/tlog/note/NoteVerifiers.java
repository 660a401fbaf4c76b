package org.custos.tlog.note;

import static org.custos.tlog.note.NoteVerificationException.Reason.INVALID_SIGNATURE;
import static org.custos.tlog.note.NoteVerificationException.Reason.NO_KNOWN_SIGNATURE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.tlog.TlogFormatException;

/**
 * The set of keys a client trusts. Opening a note ignores signatures from unknown keys (name and key ID must
 * both match), rejects the note if a known key's signature fails, and requires one known signature to verify.
 */
public final class NoteVerifiers {
    private final Map<String, NoteVerifier> byNameAndId = new HashMap<>();

    public NoteVerifiers(List<? extends NoteVerifier> verifiers) {
        for (NoteVerifier v : verifiers) {
            if (byNameAndId.putIfAbsent(key(v.name(), v.keyId()), v) != null) {
                throw new IllegalArgumentException("two verifiers share name and key ID: " + v.name());
            }
        }
    }

    public static NoteVerifiers of(NoteVerifier... verifiers) {
        return new NoteVerifiers(List.of(verifiers));
    }

    public VerifiedNote open(byte[] message) throws TlogFormatException, NoteVerificationException {
        return verify(Note.parse(message));
    }

    public VerifiedNote verify(Note note) throws NoteVerificationException {
        byte[] text = note.textBytes();
        List<NoteSignature> verified = new ArrayList<>();
        List<NoteVerifier> by = new ArrayList<>();
        for (NoteSignature sig : note.signatures()) {
            NoteVerifier verifier = byNameAndId.get(key(sig.keyName(), sig.keyId()));
            if (verifier == null) {
                continue;
            }
            if (!verifier.verify(text, sig.signature())) {
                throw new NoteVerificationException(INVALID_SIGNATURE, "signature by " + sig.keyName() + " is invalid");
            }
            verified.add(sig);
            by.add(verifier);
        }
        if (verified.isEmpty()) {
            throw new NoteVerificationException(NO_KNOWN_SIGNATURE, "no signature from a known key");
        }
        return new VerifiedNote(note, verified, by);
    }

    private static String key(String name, int keyId) {
        return name + "\u0000" + keyId;
    }
}
