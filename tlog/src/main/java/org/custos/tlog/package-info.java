/** Spring-free transparency log: RFC 6962 Merkle trees, C2SP tiles, signed notes, checkpoints, cosignatures, witness and proofs. */
package org.custos.tlog;
