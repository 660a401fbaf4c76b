package org.custos.cli.verify;

/** Verification stopped early: the checkpoint is not trusted or the log could not be read. */
final class VerifyFailure extends Exception {
    private final Report.Status status;

    VerifyFailure(Report.Status status, String message) {
        super(message);
        this.status = status;
    }

    Report.Status status() {
        return status;
    }
}
