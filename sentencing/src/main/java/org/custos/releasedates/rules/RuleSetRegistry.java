package org.custos.releasedates.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads rule sets once. {@link #fromClasspath()} reads every {@code rulesets/index.json} on the class
 * path (a JSON array of file names in the same folder), so tests and deployments can add rule sets.
 */
public final class RuleSetRegistry {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final Map<String, RuleSet> sets;

    public RuleSetRegistry(Map<String, RuleSet> sets) {
        this.sets = Map.copyOf(sets);
    }

    public static RuleSetRegistry fromClasspath() {
        ClassLoader loader = RuleSetRegistry.class.getClassLoader();
        Map<String, RuleSet> sets = new HashMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources("rulesets/index.json");
            while (indexes.hasMoreElements()) {
                URL index = indexes.nextElement();
                JsonNode names = MAPPER.readTree(index.openStream());
                for (JsonNode name : names.values()) {
                    URL file = new URL(index, name.stringValue());
                    try (InputStream in = file.openStream()) {
                        RuleSet set = parse(in);
                        if (sets.putIfAbsent(set.id(), set) != null)
                            throw new IllegalStateException("duplicate rule set " + set.id());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSetRegistry(sets);
    }

    public static RuleSet parse(InputStream in) {
        JsonNode root = MAPPER.readTree(in);
        Map<String, RuleTimeline> rules = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("rules").properties()) {
            JsonNode r = e.getValue();
            List<RuleVersion> versions = new ArrayList<>();
            for (JsonNode v : r.path("versions").values()) {
                versions.add(new RuleVersion(v.path("id").stringValue(),
                        LocalDate.parse(v.path("effectiveFrom").stringValue()),
                        v.path("legalBasis").stringValue(), toParams(v.path("params"))));
            }
            versions.sort(Comparator.comparing(RuleVersion::effectiveFrom));
            rules.put(e.getKey(), new RuleTimeline(e.getKey(), SelectBy.valueOf(r.path("selectBy").stringValue()),
                    r.path("retroactiveIfFavourable").booleanValue(false), versions));
        }
        return new RuleSet(root.path("id").stringValue(), root.path("name").stringValue(),
                root.path("model").stringValue(), rules);
    }

    private static Params toParams(JsonNode node) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) values.put(e.getKey(), toValue(e.getValue()));
        return new Params(values);
    }

    private static Object toValue(JsonNode v) {
        if (v.isIntegralNumber()) return v.longValue();
        if (v.isBoolean()) return v.booleanValue();
        if (v.isObject()) return toParams(v);
        if (v.isString()) {
            String s = v.stringValue();
            return isFraction(s) ? Fraction.parse(s) : s;
        }
        if (v.isArray()) {
            boolean objects = !v.isEmpty() && v.get(0).isObject();
            if (objects) {
                List<Params> list = new ArrayList<>();
                for (JsonNode x : v.values()) list.add(toParams(x));
                return List.copyOf(list);
            }
            Set<String> set = new LinkedHashSet<>();
            for (JsonNode x : v.values()) set.add(x.stringValue());
            return Set.copyOf(set);
        }
        throw new IllegalArgumentException("unsupported parameter value " + v);
    }

    private static boolean isFraction(String s) {
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i != slash && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    public RuleSet get(String id) {
        return id == null ? null : sets.get(id);
    }

    public Set<String> ids() {
        return sets.keySet();
    }
}
