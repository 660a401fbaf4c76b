package org.custos.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Refused before any password check: the client must wait {@link #retryAfterSeconds()}. */
final class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("too many failed attempts");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
