package org.custos.tlog;

/** A well-formed input failed a cryptographic or structural check; subclasses name the reason. */
public abstract class VerificationException extends Exception {
    protected VerificationException(String message) {
        super(message);
    }
}
