package org.custos.cli.verify;

import java.util.List;

/**
 * The outcome of a verification: a status (which decides the exit code), a one-line verdict and details.
 * {@code findings} holds at most {@link #MAX_FINDINGS} discrepancies, most telling first;
 * {@code totalFindings} counts them all.
 */
public record Report(Status status, String verdict, String source, String origin, long size, String root,
        List<String> witnesses, int quorum, Long earlierSize, long entries, long tiles, long millis,
        List<Finding> findings, long totalFindings, List<String> notes) {
    public static final int MAX_FINDINGS = 50;

    /** Verification outcomes and their process exit codes. */
    public enum Status {
        VERIFIED(0), INCONSISTENT(1), UNTRUSTED(3), ERROR(4);

        public final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    public Report {
        witnesses = List.copyOf(witnesses);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** A report for a failure before any entry was read. */
    static Report early(Status status, String verdict, String source, long millis) {
        return new Report(status, verdict, source, null, -1, null, List.of(), 0, null, 0, 0, millis, List.of(), 0,
                List.of());
    }
}
