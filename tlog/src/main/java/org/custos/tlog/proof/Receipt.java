package org.custos.tlog.proof;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.VerificationException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.ProofVerifier;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.note.NoteVerifier;

/**
 * A {@code c2sp.org/tlog-proof@v1} receipt: optional unauthenticated extra data, the entry index, its inclusion
 * proof and the signed checkpoint verbatim. Hand it to a visitor, lawyer or monitor; it verifies offline.
 */
public record Receipt(Optional<byte[]> extra, long index, List<Hash> inclusionProof, byte[] signedCheckpoint) {
    public static final String HEADER = "c2sp.org/tlog-proof@v1";

    public Receipt {
        extra = extra.map(byte[]::clone);
        inclusionProof = List.copyOf(inclusionProof);
        signedCheckpoint = signedCheckpoint.clone();
        if (index < 0) {
            throw new IllegalArgumentException("negative index");
        }
    }

    @Override
    public byte[] signedCheckpoint() {
        return signedCheckpoint.clone();
    }

    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        extra.ifPresent(e -> out.append("extra ").append(Base64.getEncoder().encodeToString(e)).append('\n'));
        out.append("index ").append(index).append('\n');
        inclusionProof.forEach(h -> out.append(h.toBase64()).append('\n'));
        return out.append('\n').append(new String(signedCheckpoint, StandardCharsets.UTF_8)).toString();
    }

    public static Receipt parse(String text) throws TlogFormatException {
        String[] lines = text.split("\n", -1);
        int at = 0;
        if (!lines[at++].equals(HEADER)) {
            throw new TlogFormatException("receipt must start with " + HEADER);
        }
        Optional<byte[]> extra = Optional.empty();
        if (at < lines.length && lines[at].startsWith("extra ")) {
            try {
                extra = Optional.of(Base64.getDecoder().decode(lines[at++].substring(6)));
            } catch (IllegalArgumentException e) {
                throw new TlogFormatException("extra data is not valid base64");
            }
        }
        if (at >= lines.length || !lines[at].startsWith("index ")) {
            throw new TlogFormatException("missing 'index <n>' line");
        }
        long index = Checkpoint.parseSize(lines[at++].substring(6));
        List<Hash> proof = new ArrayList<>();
        while (at < lines.length && !lines[at].isEmpty()) {
            if (proof.size() == 64) {
                throw new TlogFormatException("more than 64 proof hashes");
            }
            proof.add(Hash.fromBase64(lines[at++]));
        }
        if (at >= lines.length) {
            throw new TlogFormatException("missing blank line before the checkpoint");
        }
        String note = String.join("\n", List.of(lines).subList(at + 1, lines.length));
        return new Receipt(extra, index, proof, note.getBytes(StandardCharsets.UTF_8));
    }

    /** Verifies that {@code entry} is in the log, under the log key and a quorum of witnesses. */
    public Checkpoint verify(byte[] entry, NoteVerifier log, List<? extends NoteVerifier> witnesses, int quorum)
            throws TlogFormatException, VerificationException {
        return verifyLeafHash(Rfc6962.leafHash(entry), log, witnesses, quorum);
    }

    /** As {@link #verify} for a caller that holds only the leaf hash. */
    public Checkpoint verifyLeafHash(Hash leafHash, NoteVerifier log, List<? extends NoteVerifier> witnesses,
            int quorum) throws TlogFormatException, VerificationException {
        Checkpoint checkpoint = SignedCheckpoint.open(signedCheckpoint, log, witnesses, quorum).checkpoint();
        ProofVerifier.verifyInclusion(index, checkpoint.size(), leafHash, inclusionProof, checkpoint.root());
        return checkpoint;
    }
}
