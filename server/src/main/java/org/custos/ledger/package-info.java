/**
 * Ledger: the server side of the transparency log (built on {@code custos-tlog}). Writes an entry for
 * every custody event in the transaction that records it, sequences entries into an RFC 6962 Merkle tree,
 * signs C2SP checkpoints, gets them cosigned by witnesses, serves tiles, proofs and receipts, and audits
 * itself. Publishes {@link org.custos.ledger.Ledger}, {@link org.custos.ledger.CheckpointSigned} and the SPI
 * {@link org.custos.ledger.OpeningScope}: an opening (with a required {@code purpose}) obeys the scope of the
 * module that owns the record, 404 outside it.
 * Entry format: docs/ledger-entry-format.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.custos.ledger;
