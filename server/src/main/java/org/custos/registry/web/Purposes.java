package org.custos.registry.web;

import java.util.List;

/**
 * Why somebody opens a person's file; the access log records it. A short list a person can answer
 * in one click, plus "other" with words of their own. The code is what the log keeps for a listed
 * purpose (shown in the reader's language); for "other" the log keeps {@code OTHER: <their words>}.
 */
final class Purposes {

    static final String ADMISSION = "ADMISSION";
    static final String OTHER = "OTHER";
    /** Listed purposes, in the order the form offers them. */
    static final List<String> LISTED = List.of("RECORDS", "LEGAL", "FAMILY", "MOVEMENT", "HEALTH", "OVERSIGHT",
            "CONSULAR");
    /** Purposes set by the application itself after an action on the file. */
    static final List<String> AUTOMATIC = List.of(ADMISSION, "CORRECTION", "LEGAL_STATUS", "RELEASE");
    static final int MAX_DETAIL = 200;

    private Purposes() {
    }

    static boolean known(String code) {
        return LISTED.contains(code) || AUTOMATIC.contains(code);
    }

    /**
     * The purpose to log, or null if none was given properly: a listed code, or "other" with words.
     */
    static String of(String purpose, String detail) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        if (known(purpose)) {
            return purpose;
        }
        if (OTHER.equals(purpose) && detail != null && !detail.isBlank()) {
            String words = detail.strip();
            return OTHER + ": " + (words.length() > MAX_DETAIL ? words.substring(0, MAX_DETAIL) : words);
        }
        return null;
    }

    /** The message key of a logged purpose, or null if the log holds the reader's own words. */
    static String key(String logged) {
        return logged != null && known(logged) ? "purpose." + logged : null;
    }
}
