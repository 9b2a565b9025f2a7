package com.policyminer.extract.policy;

import com.policyminer.extract.gold.GoldSeeds;
import com.policyminer.extract.gold.Score;
import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.PolicyMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the policy extractor against the hand-made gold of the five seeds: every 《》 title and named
 * strategy (offsets, normalized title, kind), and issuer and date where the text gives them.
 */
class PolicyGoldTest {

    /**
     * Rules whose mentions the seed gold does not annotate: programmes and plan periods without 《》
     * (issue 24) came after it; RealTextEntityScoreTest scores them.
     */
    private static final java.util.Set<String> UNANNOTATED_RULES = java.util.Set.of("programme", "plan-period", "quoted-programme", "quoted-name", "quoted-slogan", "power-link");

    @Test
    void policyMentionsMatchTheGold() {
        Score score = new Score();
        List<String> outOfScope = new ArrayList<>();
        int bound = 0;
        int bindable = 0;
        for (String seed : GoldSeeds.SEEDS) {
            AnalyzedDocument doc = GoldSeeds.document(seed);
            List<PolicyMention> found = PolicyExtractor.standard()
                    .extract(doc, OrganizationExtractor.standard().extract(doc));
            Map<String, PolicyMention> byKey = new HashMap<>();
            List<String> foundKeys = new ArrayList<>();
            for (PolicyMention m : found) {
                if (UNANNOTATED_RULES.contains(m.rule())) {
                    outOfScope.add(seed.substring(0, 3) + " " + m.rule() + " " + m.surface() + " → " + m.title());
                    continue;
                }
                String key = m.start() + "|" + m.end() + "|" + m.title() + "|" + m.kind() + "|" + m.isPolicy();
                byKey.put(key, m);
                foundKeys.add(key);
            }
            List<String> gold = new ArrayList<>();
            for (String[] row : GoldSeeds.rows("policies", seed)) {
                String key = row[0] + "|" + row[1] + "|" + row[3] + "|" + row[4] + "|" + row[5];
                gold.add(key);
                if (!row[6].isEmpty() || !row[7].isEmpty()) {
                    bindable++;
                    PolicyMention m = byKey.get(key);
                    if (m != null && m.issuer().equals(row[6]) && m.date().equals(row[7])) {
                        bound++;
                    } else {
                        System.out.println("issuer/date differ for " + row[2] + ": gold " + row[6] + " " + row[7]
                                + ", found " + (m == null ? "nothing" : m.issuer() + " " + m.date()));
                    }
                }
            }
            score.add(gold, foundKeys);
        }
        double binding = bindable == 0 ? 1.0 : (double) bound / bindable;
        System.out.println("policies (offsets + title + kind): " + score);
        System.out.println("not scored here (programmes and plan periods, issue 24; scored on the real-text set): "
                + outOfScope.size());
        outOfScope.forEach(o -> System.out.println("  " + o));
        System.out.printf("policies issuer+date where the text gives them: %.3f (%d/%d)%n", binding, bound, bindable);
        assertTrue(score.precision() >= 0.95, "policy precision " + score);
        assertTrue(score.recall() >= 0.95, "policy recall " + score);
        assertTrue(binding >= 0.9, "issuer/date " + bound + "/" + bindable);
    }
}
