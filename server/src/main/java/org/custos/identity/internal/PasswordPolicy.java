package org.custos.identity.internal;

import java.util.Locale;
import org.custos.shared.web.Validation;

/**
 * NIST SP 800-63B: length over composition rules, and a blocklist. At least 12 characters, at most 128;
 * not one of the 10,000 most common passwords ({@link CommonPasswords}), not mostly one repeated
 * character, and not containing the user name.
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;
    /** Refused: this many identical characters in a row. */
    static final int RUN = 4;

    private PasswordPolicy() {
    }

    static void check(String password, String username, String field, Validation v) {
        if (password == null || password.length() < MIN) {
            v.reject(field, "password.too-short", MIN);
        } else if (password.length() > MAX) {
            v.reject(field, "password.too-long", MAX);
        } else if (password.isBlank()) {
            v.reject(field, "password.blank");
        } else if (CommonPasswords.contains(password)) {
            v.reject(field, "password.common");
        } else if (repetitive(password)) {
            v.reject(field, "password.repeated", RUN);
        } else if (username != null && username.trim().length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            v.reject(field, "password.contains-username");
        }
    }

    /** {@value #RUN} or more identical characters in a row, or one character making up more than half. */
    static boolean repetitive(String password) {
        int[] cps = password.codePoints().toArray();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int run = 0;
        for (int i = 0; i < cps.length; i++) {
            run = i > 0 && cps[i] == cps[i - 1] ? run + 1 : 1;
            if (run >= RUN || counts.merge(Character.toLowerCase(cps[i]), 1, Integer::sum) * 2 > cps.length) {
                return true;
            }
        }
        return false;
    }
}
