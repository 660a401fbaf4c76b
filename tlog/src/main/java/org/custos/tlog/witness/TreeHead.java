package org.custos.tlog.witness;

import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.Rfc6962;

/** A tree size and its root hash: what a witness remembers per log. */
public record TreeHead(long size, Hash root) {
    public static final TreeHead EMPTY = new TreeHead(0, Rfc6962.EMPTY_ROOT);
}
