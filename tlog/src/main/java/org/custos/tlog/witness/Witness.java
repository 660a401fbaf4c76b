package org.custos.tlog.witness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.InvalidProofException;
import org.custos.tlog.merkle.ProofVerifier;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteSignature;
import org.custos.tlog.note.NoteVerificationException;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.note.NoteVerifiers;

/**
 * The decision logic of a tlog-witness {@code add-checkpoint} call, free of HTTP: 200 with a cosignature line,
 * 400 malformed or old &gt; new, 403 no trusted log signature, 404 unknown origin, 409 old size is not the latest
 * (body: latest size) or same size with another root, 422 consistency proof fails.
 */
public final class Witness {
    private final CosignatureSigner cosigner;
    private final Map<String, List<NoteVerifier>> logKeysByOrigin;
    private final WitnessState state;

    public Witness(CosignatureSigner cosigner, Map<String, List<NoteVerifier>> logKeysByOrigin, WitnessState state) {
        this.cosigner = cosigner;
        this.logKeysByOrigin = Map.copyOf(logKeysByOrigin);
        this.state = state;
    }

    /** Handles a raw request body. */
    public WitnessResponse addCheckpoint(byte[] body) {
        try {
            return addCheckpoint(AddCheckpointRequest.parse(body));
        } catch (TlogFormatException e) {
            return WitnessResponse.error(400, "malformed request: " + e.getMessage());
        }
    }

    public WitnessResponse addCheckpoint(AddCheckpointRequest request) {
        Note note;
        Checkpoint checkpoint;
        try {
            note = Note.parse(request.signedCheckpoint());
            checkpoint = Checkpoint.parse(note.text());
        } catch (TlogFormatException e) {
            return WitnessResponse.error(400, "malformed checkpoint: " + e.getMessage());
        }
        List<NoteVerifier> keys = logKeysByOrigin.get(checkpoint.origin());
        if (keys == null) {
            return WitnessResponse.error(404, "unknown log origin");
        }
        try {
            new NoteVerifiers(keys).verify(note);
        } catch (NoteVerificationException e) {
            return WitnessResponse.error(403, "no valid signature from a trusted log key");
        }
        if (request.oldSize() > checkpoint.size()) {
            return WitnessResponse.error(400, "old size is larger than the checkpoint size");
        }
        Optional<TreeHead> recorded = state.latest(checkpoint.origin());
        TreeHead latest = recorded.orElse(TreeHead.EMPTY);
        if (request.oldSize() != latest.size()) {
            return WitnessResponse.conflict(latest.size());
        }
        if (request.oldSize() == checkpoint.size() && !latest.root().equals(checkpoint.root())) {
            return WitnessResponse.conflict(latest.size());
        }
        try {
            ProofVerifier.verifyConsistency(latest.size(), checkpoint.size(), latest.root(), checkpoint.root(),
                    request.consistencyProof());
        } catch (InvalidProofException e) {
            return WitnessResponse.error(422, "consistency proof failed: " + e.reason());
        }
        TreeHead next = new TreeHead(checkpoint.size(), checkpoint.root());
        if (!state.compareAndSet(checkpoint.origin(), recorded.orElse(null), next)) {
            return WitnessResponse.conflict(state.latest(checkpoint.origin()).orElse(TreeHead.EMPTY).size());
        }
        NoteSignature cosignature = new NoteSignature(cosigner.name(), cosigner.keyId(), cosigner.sign(note.textBytes()));
        state.recordCosigned(checkpoint.origin(), next,
                new String(request.signedCheckpoint(), StandardCharsets.UTF_8) + cosignature.line());
        return WitnessResponse.cosigned(cosignature.line());
    }

    /**
     * Our extension to tlog-witness ({@code GET <prefix>/cosigned/<origin>}): the latest checkpoint of
     * {@code origin} this witness cosigned, as the log's signed note with the witness's cosignature line appended;
     * 404 when it has cosigned none (or does not trust the origin). Lets an audit compare the log with the witness
     * without trusting anything the log keeps.
     */
    public WitnessResponse latestCosigned(String origin) {
        if (!logKeysByOrigin.containsKey(origin)) {
            return WitnessResponse.error(404, "unknown log origin");
        }
        return state.cosigned(origin).map(WitnessResponse::cosigned)
                .orElseGet(() -> WitnessResponse.error(404, "nothing cosigned yet for this origin"));
    }
}
