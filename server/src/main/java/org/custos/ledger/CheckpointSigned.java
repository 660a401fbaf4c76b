package org.custos.ledger;

/**
 * The log signed a new checkpoint: the tree now has {@code treeSize} entries with this root
 * (base64, RFC 6962). Published after the checkpoint is stored, outside any custody transaction.
 */
public record CheckpointSigned(String origin, long treeSize, String rootHash) {
}
