package org.custos.ledger.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.merkle.ProofVerifier;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteSignature;
import org.custos.tlog.note.NoteVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit's question to every configured witness, trusting nothing the server keeps: "which checkpoint of this
 * log did you cosign last?" ({@code GET <prefix>/cosigned/<origin>}, our extension to tlog-witness, served by
 * {@code custos witness}). The answer must carry the witness's valid cosignature, its tree must be the tree rebuilt
 * from the entries at that size, the stored tree must be a consistent extension of it, and the server's own signed
 * history must reach it. A witness that cannot be asked, refuses, or disagrees is a finding.
 */
final class WitnessCheck {

    private static final Logger log = LoggerFactory.getLogger(WitnessCheck.class);

    /** What one witness answered: its checkpoint, or why there is none ({@code problem} set). */
    record Answer(Witnesses.Target target, Checkpoint checkpoint, String problemKind, String problem) {
        String name() {
            return target.verifier().name();
        }
    }

    private WitnessCheck() {
    }

    /** Asks every witness, before the audit's snapshot is taken (never inside a transaction). */
    static List<Answer> ask(List<Witnesses.Target> targets, String origin, HttpClient http) {
        List<Answer> answers = new ArrayList<>();
        for (Witnesses.Target t : targets) {
            answers.add(ask(t, origin, http));
        }
        return answers;
    }

    private static Answer ask(Witnesses.Target t, String origin, HttpClient http) {
        String name = t.verifier().name();
        HttpResponse<String> r;
        try {
            URI uri = URI.create(t.url() + "/cosigned/" + URLEncoder.encode(origin, StandardCharsets.UTF_8)
                    .replace("%2F", "/"));
            r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(t, null, "witness-unreachable", "witness " + name + " (" + t.url() + ") was not asked:"
                    + " the audit was interrupted");
        } catch (Exception e) {
            return new Answer(t, null, "witness-unreachable", "witness " + name + " (" + t.url()
                    + ") is unreachable: " + e.getClass().getSimpleName());
        }
        if (r.statusCode() == 404) {
            return new Answer(t, null, null, null); // it has cosigned nothing of this log yet
        }
        if (r.statusCode() != 200) {
            return new Answer(t, null, "witness-refused", "witness " + name + " (" + t.url() + ") answered HTTP "
                    + r.statusCode() + " when asked for its latest cosigned checkpoint");
        }
        try {
            Note note = Note.parse(r.body());
            Checkpoint cp = Checkpoint.parse(note.text());
            if (!cp.origin().equals(origin) || !cosignedBy(note, t.verifier())) {
                return invalid(t);
            }
            return new Answer(t, cp, null, null);
        } catch (Exception e) {
            return invalid(t);
        }
    }

    private static Answer invalid(Witnesses.Target t) {
        return new Answer(t, null, "witness-cosignature-invalid", "witness " + t.verifier().name()
                + " served, as its latest cosigned checkpoint of this log, one without its valid cosignature");
    }

    private static boolean cosignedBy(Note note, NoteVerifier key) {
        for (NoteSignature s : note.signatures()) {
            if (s.keyName().equals(key.name()) && s.keyId() == key.keyId()
                    && key.verify(note.textBytes(), s.signature())) {
                return true;
            }
        }
        return false;
    }

    /** Compares each answer with the tree rebuilt from the entries, the stored tree and the signed checkpoints. */
    static void compare(List<Answer> answers, TreeCheck tree, Sequencer.TreeHead head, Checkpoints checkpoints,
                        HashReader stored, Findings findings) {
        Optional<StoredCheckpoint> latest = checkpoints.latest();
        for (Answer a : answers) {
            if (a.problemKind() != null) {
                alert(findings, a.problemKind(), null, a.problem());
                continue;
            }
            if (a.checkpoint() == null || a.checkpoint().size() == 0) {
                continue;
            }
            long size = a.checkpoint().size();
            Hash root = a.checkpoint().root();
            String which = "history disagrees with witness " + a.name() + ": ";
            Hash rebuilt = tree.root(size);
            if (rebuilt == null) {
                alert(findings, "witness-disagrees", tree.size(), which + "it cosigned a tree of " + size
                        + " entries but the entries rebuild only " + tree.size() + ": entries were removed");
            } else if (!rebuilt.equals(root)) {
                alert(findings, "witness-disagrees", size - 1, which + "the tree of size " + size + " it cosigned"
                        + " differs from the tree rebuilt from the entries: the log was rewritten at or before entry "
                        + (size - 1));
            }
            if (!extends_(size, root, head, stored)) {
                alert(findings, "witness-disagrees", null, which + "the stored tree of size " + head.size()
                        + " is not a consistent extension of the checkpoint of size " + size + " it cosigned");
            }
            if (latest.isEmpty() || latest.get().size() < size) {
                alert(findings, "signed-history-behind-witness", size - 1, "witness " + a.name() + " cosigned a"
                        + " checkpoint of size " + size + " but the server's latest signed checkpoint is "
                        + latest.map(c -> "of size " + c.size()).orElse("missing") + ": signed checkpoints were removed");
            }
            checkpoints.at(size).filter(c -> !c.root().equals(root)).ifPresent(c -> alert(findings,
                    "signed-history-disagrees", size - 1, "the server's signed checkpoint of size " + size
                            + " has another root than the one witness " + a.name() + " cosigned"));
        }
    }

    private static boolean extends_(long size, Hash root, Sequencer.TreeHead head, HashReader stored) {
        if (size > head.size()) {
            return false;
        }
        try {
            List<Hash> proof = size == head.size() ? List.of() : ProofBuilder.consistencyProof(size, head.size(), stored);
            ProofVerifier.verifyConsistency(size, head.size(), root, head.root(), proof);
            return true;
        } catch (Exception e) { // a failed proof, or stored hashes missing
            return false;
        }
    }

    private static void alert(Findings findings, String kind, Long index, String detail) {
        log.error("Ledger audit: {}", detail);
        findings.add(kind, index, null, detail);
    }
}
