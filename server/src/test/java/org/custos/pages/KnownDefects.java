package org.custos.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The defects the crawler found that are not fixed yet, each with the item of issue 8 that fixes it
 * ({@value #FILE}): the crawler prints them instead of failing, and fails on every other. The list may
 * only shrink: an entry that is fixed is deleted, and the crawler prints entries it no longer sees.
 */
final class KnownDefects {

    static final String FILE = "pages/known-defects.txt";
    private static final Pattern FAILURE = Pattern.compile("^[^·]+· [a-z]+ · \\d+ px · (\\S+): (.*)$", Pattern.DOTALL);

    private record Entry(String line, Pattern url, String defect) {
    }

    private final List<Entry> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private KnownDefects(List<Entry> entries) {
        this.entries = entries;
    }

    /** Lines {@code <URL regex> | <start of the defect>  # why}; blank lines and comments are skipped. */
    static KnownDefects load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = KnownDefects.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    String body = line.replaceAll("\\s+#.*$", "").strip();
                    if (body.isEmpty() || body.startsWith("#")) {
                        continue;
                    }
                    String[] parts = body.split("\\s+\\|\\s+", 2);
                    entries.add(new Entry(body, Pattern.compile(parts[0]), parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownDefects(entries);
    }

    boolean covers(String failure) {
        var m = FAILURE.matcher(failure);
        if (!m.matches()) {
            return false;
        }
        for (Entry e : entries) {
            if (e.url.matcher(m.group(1)).matches() && m.group(2).startsWith(e.defect)) {
                used.add(e.line);
                return true;
            }
        }
        return false;
    }

    List<String> unused() {
        return entries.stream().map(Entry::line).filter(l -> !used.contains(l)).toList();
    }
}
