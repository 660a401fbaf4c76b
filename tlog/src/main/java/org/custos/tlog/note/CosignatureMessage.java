package org.custos.tlog.note;

import java.nio.charset.StandardCharsets;

/** The message an Ed25519 cosignature/v1 signs: header, time line, then the whole checkpoint text. */
final class CosignatureMessage {
    private CosignatureMessage() {
    }

    static byte[] of(long timestamp, byte[] checkpointText) {
        byte[] header = ("cosignature/v1\ntime " + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[header.length + checkpointText.length];
        System.arraycopy(header, 0, message, 0, header.length);
        System.arraycopy(checkpointText, 0, message, header.length, checkpointText.length);
        return message;
    }
}
