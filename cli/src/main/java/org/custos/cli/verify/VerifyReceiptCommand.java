package org.custos.cli.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.InvalidProofException;
import org.custos.tlog.merkle.ProofVerifier;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.proof.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos verify-receipt}: checks a c2sp.org/tlog-proof receipt against the entry's bytes, offline. */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verify that an entry is in the log: a tlog-proof receipt's checkpoint (log signature,"
                + " witness quorum) and its inclusion proof for the entry's bytes.",
                "Exit codes: 0 included, 1 proof does not hold, 2 usage error, 3 checkpoint not trusted,"
                        + " 4 receipt or entry unreadable."})
public final class VerifyReceiptCommand implements Callable<Integer> {
    @Mixin
    TrustOptions trust;

    @Option(names = "--receipt", required = true, paramLabel = "FILE", description = "the tlog-proof receipt")
    Path receiptFile;

    @Option(names = "--entry", required = true, paramLabel = "FILE", description = "the entry's exact bytes")
    Path entryFile;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int quorum;
        try {
            quorum = trust.quorum();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Receipt receipt;
        byte[] entry;
        try {
            receipt = Receipt.parse(Files.readString(receiptFile, StandardCharsets.UTF_8));
            entry = Files.readAllBytes(entryFile);
        } catch (IOException | TlogFormatException e) {
            return print(Report.Status.ERROR, "cannot read the receipt or the entry: " + e.getMessage(), null, null,
                    List.of());
        }
        Hash leaf = Rfc6962.leafHash(entry);
        SignedCheckpoint signed;
        try {
            signed = CheckpointOpener.open(receipt.signedCheckpoint(), trust.logKeys(), trust.witnesses(), quorum,
                    "receipt's checkpoint");
        } catch (VerifyFailure e) {
            return print(e.status(), e.getMessage(), receipt, null, List.of());
        }
        Checkpoint c = signed.checkpoint();
        List<String> witnesses = CheckpointOpener.witnessNames(signed, trust.witnesses());
        try {
            ProofVerifier.verifyInclusion(receipt.index(), c.size(), leaf, receipt.inclusionProof(), c.root());
        } catch (InvalidProofException e) {
            return print(Report.Status.INCONSISTENT, "the entry is not entry " + receipt.index() + " of log "
                    + c.origin() + " at size " + c.size() + ": " + e.getMessage(), receipt, c, witnesses);
        }
        return print(Report.Status.VERIFIED, "the entry (leaf hash " + leaf.toHex() + ") is entry " + receipt.index()
                + " of log " + c.origin() + " at size " + c.size() + ", root " + c.root().toBase64()
                + (witnesses.isEmpty() ? "" : ", cosigned by " + String.join(", ", witnesses)), receipt, c, witnesses);
    }

    private int print(Report.Status status, String verdict, Receipt receipt, Checkpoint c, List<String> witnesses) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new Json().field("status", status.name().toLowerCase()).field("exitCode", status.exitCode)
                    .field("verdict", verdict).field("index", receipt == null ? null : receipt.index())
                    .field("origin", c == null ? null : c.origin()).field("size", c == null ? null : c.size())
                    .field("root", c == null ? null : c.root().toBase64()).field("witnesses", witnesses));
        } else {
            out.println(ReportPrinter.label(status) + ": " + verdict);
        }
        out.flush();
        return status.exitCode;
    }
}
