package org.custos.tlog;

/** Input text or bytes do not follow the format they claim (note, checkpoint, tile path, request, receipt). */
public class TlogFormatException extends Exception {
    public TlogFormatException(String message) {
        super(message);
    }

    public TlogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
