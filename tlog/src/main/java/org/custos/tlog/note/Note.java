package org.custos.tlog.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.custos.tlog.TlogFormatException;

/** A signed note: text ending in a newline, a blank line, one or more signature lines (C2SP signed-note v1.0.0). */
public record Note(String text, List<NoteSignature> signatures) {
    /** Upper bound on signature lines accepted when parsing (the spec requires at least 16). */
    public static final int MAX_SIGNATURES = 100;
    private static final String DASH = "\u2014 ";

    public Note {
        requireValidText(text);
        signatures = List.copyOf(signatures);
    }

    /** Signs {@code text} with every signer, in order. */
    public static Note sign(String text, NoteSigner... signers) {
        requireValidText(text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> sigs = new ArrayList<>();
        for (NoteSigner signer : signers) {
            sigs.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(bytes)));
        }
        return new Note(text, sigs);
    }

    /** The same text with extra signature lines appended (e.g. witness cosignatures). */
    public Note withSignatures(List<NoteSignature> more) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.addAll(more);
        return new Note(text, all);
    }

    public byte[] textBytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The note as it is published. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()));
        return out.toString();
    }

    public byte[] formatBytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses strictly; signatures are not checked here (see {@link NoteVerifiers#open}). */
    public static Note parse(byte[] message) throws TlogFormatException {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(message)).toString();
        } catch (CharacterCodingException e) {
            throw new TlogFormatException("note is not valid UTF-8");
        }
        if (s.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new TlogFormatException("note contains control characters");
        }
        if (!s.endsWith("\n")) {
            throw new TlogFormatException("note does not end in a newline");
        }
        int split = s.lastIndexOf("\n\n");
        if (split < 0) {
            throw new TlogFormatException("note has no blank line before its signatures");
        }
        String text = s.substring(0, split + 1);
        String block = s.substring(split + 2);
        if (block.isEmpty()) {
            throw new TlogFormatException("note has no signatures");
        }
        List<NoteSignature> sigs = new ArrayList<>();
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            if (sigs.size() == MAX_SIGNATURES) {
                throw new TlogFormatException("note has more than " + MAX_SIGNATURES + " signatures");
            }
            sigs.add(parseLine(line));
        }
        return new Note(text, sigs);
    }

    public static Note parse(String message) throws TlogFormatException {
        return parse(message.getBytes(StandardCharsets.UTF_8));
    }

    private static NoteSignature parseLine(String line) throws TlogFormatException {
        if (!line.startsWith(DASH)) {
            throw new TlogFormatException("signature line does not start with an em dash and a space");
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new TlogFormatException("signature line has no signature");
        }
        String name = rest.substring(0, space);
        String encoded = rest.substring(space + 1);
        if (!KeyNames.isValid(name)) {
            throw new TlogFormatException("invalid key name in signature line: " + name);
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new TlogFormatException("signature is not valid base64");
        }
        if (raw.length < 5 || !Base64.getEncoder().encodeToString(raw).equals(encoded)) {
            throw new TlogFormatException("signature is too short or not canonical base64");
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        int keyId = buffer.getInt();
        byte[] signature = new byte[buffer.remaining()];
        buffer.get(signature);
        return new NoteSignature(name, keyId, signature);
    }

    private static void requireValidText(String text) {
        if (text.isEmpty() || !text.endsWith("\n") || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("note text must end in a newline and contain no control characters");
        }
    }
}
