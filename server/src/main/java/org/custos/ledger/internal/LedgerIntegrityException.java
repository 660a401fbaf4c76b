package org.custos.ledger.internal;

/** The stored log contradicts what was signed: the signer stops and the audit will report it. */
class LedgerIntegrityException extends IllegalStateException {

    LedgerIntegrityException(String message) {
        super(message);
    }
}
