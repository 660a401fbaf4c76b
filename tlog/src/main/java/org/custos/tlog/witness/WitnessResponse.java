package org.custos.tlog.witness;

/** What an HTTP wrapper should send: status, content type and body (UTF-8 text). */
public record WitnessResponse(int status, String contentType, String body) {
    public static final String SIZE_CONTENT_TYPE = "text/x.tlog.size";

    static WitnessResponse cosigned(String signatureLines) {
        return new WitnessResponse(200, "text/plain; charset=utf-8", signatureLines);
    }

    static WitnessResponse conflict(long latestSize) {
        return new WitnessResponse(409, SIZE_CONTENT_TYPE, latestSize + "\n");
    }

    static WitnessResponse error(int status, String reason) {
        return new WitnessResponse(status, "text/plain; charset=utf-8", reason + "\n");
    }
}
