package org.custos.shared.web;

/**
 * Text that may not be stored: C0 control characters other than tab, line feed and carriage return.
 * PostgreSQL refuses NUL in text outright; the others have no place in a custody record.
 */
public final class ControlCharacters {

    /** The field problem code for text carrying a control character. */
    public static final String CODE = "text.control-character";

    private ControlCharacters() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
