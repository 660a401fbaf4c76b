package org.custos.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * What must never be on a page, derived from the code base itself so that a new enum, event or
 * message joins the list without anyone editing it: the constants of every enum under {@code org.custos}
 * (those that are not also a word the Spanish bundles use), the names of the custody events, the
 * message keys, and the English words of the UI's English bundles that no Spanish message uses.
 */
final class UiVocabulary {

    private static final String EVENT = "org.custos.shared.events.CustodyEvent";
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final Pattern KEY_TOKEN = Pattern.compile("[a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+");

    final Set<String> codes = new HashSet<>();
    final Set<String> events = new HashSet<>();
    final Set<String> keys = new HashSet<>();
    final Set<String> englishOnly = new HashSet<>();

    static UiVocabulary load() {
        UiVocabulary v = new UiVocabulary();
        try {
            v.scanClasses();
            v.readBundles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private void scanClasses() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory(resolver);
        for (Resource r : resolver.getResources("classpath*:org/custos/**/*.class")) {
            MetadataReader reader = readers.getMetadataReader(r);
            var meta = reader.getClassMetadata();
            if (meta.getClassName().contains("Test") || meta.getClassName().startsWith("org.custos.pages.")) {
                continue;
            }
            if ("java.lang.Enum".equals(meta.getSuperClassName())) {
                try {
                    Class<?> type = Class.forName(meta.getClassName(), false, getClass().getClassLoader());
                    for (Object constant : type.getEnumConstants()) {
                        String name = ((Enum<?>) constant).name();
                        if (name.length() >= 3) {
                            codes.add(name);
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable here: not one of the server's pages' types
                }
            }
            for (String i : meta.getInterfaceNames()) {
                if (EVENT.equals(i)) {
                    events.add(meta.getClassName().substring(meta.getClassName().lastIndexOf('.') + 1));
                }
            }
        }
    }

    private void readBundles() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, String> spanish = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (Resource r : resolver.getResources("classpath*:i18n/*.properties")) {
            Properties p = new Properties();
            try (InputStream in = r.getInputStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Map<String, String> target = r.getFilename().endsWith("_en.properties") ? english : spanish;
            p.forEach((k, val) -> target.put((String) k, (String) val));
        }
        keys.addAll(spanish.keySet());
        keys.addAll(english.keySet());
        Set<String> spanishWords = new HashSet<>();
        Set<String> spanishCase = new HashSet<>();
        spanish.values().forEach(s -> words(s, spanishWords, spanishCase));
        for (var e : english.entrySet()) {
            if (e.getValue().equals(spanish.get(e.getKey()))) {
                continue;
            }
            Set<String> w = new HashSet<>();
            words(e.getValue().replaceAll("\\{[^}]*}", " "), w, new HashSet<>());
            for (String word : w) {
                if (word.length() >= 4 && !spanishWords.contains(word)) {
                    englishOnly.add(word);
                }
            }
        }
        codes.removeAll(spanishCase);
    }

    private static void words(String text, Set<String> lower, Set<String> exact) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            lower.add(m.group().toLowerCase(Locale.ROOT));
            exact.add(m.group());
        }
    }

    /** The tokens of {@code text} that look like message keys and are keys. */
    Set<String> keysIn(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = KEY_TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[.-]+$", "");
            if (keys.contains(token)) {
                found.add(token);
            }
        }
        return found;
    }

    static Set<String> wordsOf(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
