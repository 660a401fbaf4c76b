package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.rules.RuleSetRegistry;

/** Orders consecutive sentences into chains. Assumes the structural validation passed. */
public final class Chains {
    private Chains() {}

    /** Chains sorted by the id of their first sentence, so the result never depends on input order. */
    public static List<Chain> resolve(List<Sentence> sentences, RuleSetRegistry registry) {
        Map<String, Sentence> follower = new HashMap<>();
        for (Sentence s : sentences) if (s.consecutive()) follower.put(s.relatedTo(), s);
        List<Chain> chains = new ArrayList<>();
        for (Sentence root : sentences) {
            if (root.consecutive()) continue;
            List<Sentence> members = new ArrayList<>();
            List<LocalDate> starts = new ArrayList<>();
            List<LocalDate> fullTerms = new ArrayList<>();
            LocalDate start = root.startDate();
            for (Sentence s = root; s != null; s = follower.get(s.id())) {
                LocalDate full = s.term().fullTerm(start);
                members.add(s);
                starts.add(start);
                fullTerms.add(full);
                start = full.plusDays(1);
            }
            chains.add(new Chain(List.copyOf(members), List.copyOf(starts), List.copyOf(fullTerms),
                    registry.get(root.jurisdiction())));
        }
        chains.sort(Comparator.comparing(c -> c.sentences().getFirst().id()));
        return chains;
    }

    /** Maps every sentence id to the index of its chain. */
    public static Map<String, Integer> index(List<Chain> chains) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < chains.size(); i++) {
            for (Sentence s : chains.get(i).sentences()) index.put(s.id(), i);
        }
        return index;
    }
}
