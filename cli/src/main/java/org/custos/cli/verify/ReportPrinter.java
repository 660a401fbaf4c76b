package org.custos.cli.verify;

import java.io.PrintWriter;

/** Prints a {@link Report}: a one-line verdict and indented details, or one JSON object. */
public final class ReportPrinter {
    private ReportPrinter() {
    }

    public static String label(Report.Status status) {
        return switch (status) {
            case VERIFIED -> "OK";
            case INCONSISTENT -> "FAIL";
            case UNTRUSTED -> "UNTRUSTED";
            case ERROR -> "ERROR";
        };
    }

    public static void text(Report r, PrintWriter out) {
        out.println(label(r.status()) + ": " + r.verdict());
        out.println("  source:      " + r.source());
        if (r.origin() != null) {
            out.println("  checkpoint:  " + r.origin() + " size " + r.size() + " root " + r.root());
            out.println("  witnesses:   " + (r.witnesses().isEmpty() ? "none" : String.join(", ", r.witnesses()))
                    + " (quorum " + r.quorum() + ")");
            if (r.earlierSize() != null) {
                out.println("  earlier:     size " + r.earlierSize());
            }
            out.println("  checked:     " + r.entries() + " entries, " + r.tiles() + " tiles");
        }
        out.println("  time:        " + r.millis() + " ms");
        r.notes().forEach(n -> out.println("  note:        " + n));
        if (r.totalFindings() > 0) {
            out.println("  discrepancies (" + r.totalFindings() + ", " + r.findings().size() + " shown):");
            for (Finding f : r.findings()) {
                out.println("    " + f.kind() + (f.index() >= 0 ? " index " + f.index() : "")
                        + (f.path() != null ? " " + f.path() : "") + ": " + f.message());
            }
        }
        out.flush();
    }

    public static void json(Report r, PrintWriter out) {
        Json j = new Json().field("status", r.status().name().toLowerCase()).field("exitCode", r.status().exitCode)
                .field("verdict", r.verdict()).field("source", r.source()).field("origin", r.origin())
                .field("size", r.origin() == null ? null : r.size()).field("root", r.root())
                .field("witnesses", r.witnesses()).field("quorum", r.quorum()).field("earlierSize", r.earlierSize())
                .field("entriesChecked", r.entries()).field("tilesChecked", r.tiles()).field("millis", r.millis())
                .field("notes", r.notes()).field("totalDiscrepancies", r.totalFindings());
        j.raw("discrepancies", Json.array(r.findings().stream().map(f -> new Json()
                .field("kind", f.kind().name()).field("index", f.index() >= 0 ? f.index() : null)
                .field("path", f.path()).field("message", f.message()).toString()).toList()));
        out.println(j);
        out.flush();
    }
}
