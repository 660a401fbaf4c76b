package org.custos.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords ({@code identity/common-passwords.txt}, source and licence in
 * {@code common-passwords.NOTICE} beside it). A password matches when, lower-cased, it is on the list,
 * or is a listed password with digits and symbols added before or after ({@code Password2024!},
 * {@code 123baseball}): most listed passwords are shorter than our minimum, and decorating them so is
 * exactly what people do to reach it.
 */
final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(p)) {
            return true;
        }
        String core = p.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return !core.isEmpty() && !core.equals(p) && LIST.contains(core);
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            Set<String> words = new HashSet<>(16_384);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
