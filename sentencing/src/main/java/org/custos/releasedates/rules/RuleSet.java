package org.custos.releasedates.rules;

import java.util.Map;

/**
 * A jurisdiction's rules.
 *
 * @param model which calculator applies the parameters: REDENCION (El Salvador, Colombia, Peru) or
 *              US_FEDERAL
 */
public record RuleSet(String id, String name, String model, Map<String, RuleTimeline> rules) {

    public RuleSet {
        rules = Map.copyOf(rules);
    }

    public RuleTimeline rule(String key) {
        return rules.get(key);
    }

    public RuleTimeline require(String key) {
        RuleTimeline t = rules.get(key);
        if (t == null) throw new IllegalStateException("rule set " + id + " has no rule " + key);
        return t;
    }
}
