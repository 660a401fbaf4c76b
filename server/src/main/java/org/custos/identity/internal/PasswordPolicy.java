package org.custos.identity.internal;

import org.custos.shared.web.Validation;

/** At least 12 characters, at most 128 (NIST SP 800-63B: length over composition rules). */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;

    private PasswordPolicy() {
    }

    static void check(String password, String field, Validation v) {
        if (password == null || password.length() < MIN) {
            v.reject(field, "password.too-short", MIN);
        } else if (password.length() > MAX) {
            v.reject(field, "password.too-long", MAX);
        } else if (password.isBlank()) {
            v.reject(field, "password.blank");
        }
    }
}
