package org.custos.tlog.checkpoint;

import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteSigner;

/** A checkpoint's note text: origin line, decimal tree size, base64 root hash, optional extension lines. */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {
    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n") || size < 0 || root == null) {
            throw new IllegalArgumentException("invalid checkpoint fields");
        }
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n")) {
                throw new IllegalArgumentException("extension lines must be non-empty single lines");
            }
        }
    }

    public Checkpoint(String origin, long size, Hash root) {
        this(origin, size, root, List.of());
    }

    /** The note text, each line ending in a newline. */
    public String text() {
        StringBuilder out = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(root.toBase64()).append('\n');
        extensions.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }

    /** Signs the text, e.g. with the log key; witnesses add their cosignatures later. */
    public Note sign(NoteSigner... signers) {
        return Note.sign(text(), signers);
    }

    /** Parses a note text strictly: ≥ 3 non-empty lines, canonical decimal size, canonical base64 root. */
    public static Checkpoint parse(String text) throws TlogFormatException {
        if (!text.endsWith("\n")) {
            throw new TlogFormatException("checkpoint text must end in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new TlogFormatException("checkpoint needs origin, size and root lines");
        }
        for (String line : lines) {
            if (line.isEmpty()) {
                throw new TlogFormatException("checkpoint lines must be non-empty");
            }
        }
        return new Checkpoint(lines[0], parseSize(lines[1]), Hash.fromBase64(lines[2]),
                List.of(lines).subList(3, lines.length));
    }

    /** ASCII decimal, no sign, no leading zeros (except "0"), fits in a signed 64-bit integer. */
    public static long parseSize(String s) throws TlogFormatException {
        if (!s.matches("0|[1-9][0-9]{0,18}")) {
            throw new TlogFormatException("not a canonical decimal size: " + s);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new TlogFormatException("size out of range: " + s);
        }
    }
}
