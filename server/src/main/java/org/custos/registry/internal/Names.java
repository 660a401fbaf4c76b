package org.custos.registry.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names as searched: lower-case, accents stripped (José → jose, Muñoz → munoz), single spaces. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");

    private Names() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** True if the text holds control or format characters (tabs, newlines, NUL, bidi overrides). */
    static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /** Escapes {@code %}, {@code _} and {@code \} for a LIKE pattern. */
    static String likeEscape(String token) {
        return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
