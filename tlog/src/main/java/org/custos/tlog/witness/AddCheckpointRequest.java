package org.custos.tlog.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;

/** The body of {@code POST <prefix>/add-checkpoint}: {@code old <size>}, proof lines, a blank line, the note. */
public record AddCheckpointRequest(long oldSize, List<Hash> consistencyProof, byte[] signedCheckpoint) {
    public static final int MAX_PROOF_LINES = 63;

    public AddCheckpointRequest {
        consistencyProof = List.copyOf(consistencyProof);
        signedCheckpoint = signedCheckpoint.clone();
        if (oldSize < 0 || consistencyProof.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("negative old size or more than 63 proof lines");
        }
    }

    @Override
    public byte[] signedCheckpoint() {
        return signedCheckpoint.clone();
    }

    public byte[] format() {
        StringBuilder head = new StringBuilder("old ").append(oldSize).append('\n');
        consistencyProof.forEach(h -> head.append(h.toBase64()).append('\n'));
        head.append('\n');
        byte[] prefix = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + signedCheckpoint.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(signedCheckpoint, 0, body, prefix.length, signedCheckpoint.length);
        return body;
    }

    public static AddCheckpointRequest parse(byte[] body) throws TlogFormatException {
        int at = 0;
        String first = null;
        List<Hash> proof = new ArrayList<>();
        while (true) {
            int newline = indexOf(body, at);
            if (newline < 0) {
                throw new TlogFormatException("request ends before the blank line");
            }
            String line = new String(body, at, newline - at, StandardCharsets.US_ASCII);
            at = newline + 1;
            if (first == null) {
                if (!line.startsWith("old ")) {
                    throw new TlogFormatException("request must start with 'old <size>'");
                }
                first = line;
            } else if (line.isEmpty()) {
                break;
            } else if (proof.size() == MAX_PROOF_LINES) {
                throw new TlogFormatException("more than 63 consistency proof lines");
            } else {
                proof.add(Hash.fromBase64(line));
            }
        }
        long oldSize = Checkpoint.parseSize(first.substring(4));
        byte[] note = java.util.Arrays.copyOfRange(body, at, body.length);
        return new AddCheckpointRequest(oldSize, proof, note);
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
