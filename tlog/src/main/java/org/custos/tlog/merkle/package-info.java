/** RFC 6962 / RFC 9162 Merkle tree: hashing, stored-hash layout, incremental append, tree hashes, proofs. */
package org.custos.tlog.merkle;
