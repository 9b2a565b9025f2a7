package com.policyminer.extract.org;

import com.policyminer.extract.gold.GoldSeeds;
import com.policyminer.extract.gold.Score;
import com.policyminer.model.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores the organization extractor against the hand-made gold mentions of the five seeds. */
class OrganizationGoldTest {

    @Test
    void organizationMentionsMatchTheGold() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        for (String seed : GoldSeeds.SEEDS) {
            AnalyzedDocument doc = GoldSeeds.document(seed);
            List<String> gold = new ArrayList<>();
            for (String[] row : GoldSeeds.rows("orgs", seed)) {
                gold.add(row[0] + "|" + row[1] + "|" + row[3]);
            }
            List<String> found = OrganizationExtractor.standard().extract(doc).stream()
                    .map(m -> m.start() + "|" + m.end() + "|" + m.name()).toList();
            score.add(gold, found);
            gold.stream().filter(k -> !found.contains(k)).forEach(k -> diff.add(seed.substring(0, 3) + " missed   " + k));
            found.stream().filter(k -> !gold.contains(k)).forEach(k -> diff.add(seed.substring(0, 3) + " spurious " + k));
        }
        System.out.println("organizations (mentions: offsets + canonical name): " + score);
        diff.forEach(d -> System.out.println("  " + d));
        assertTrue(score.precision() >= 0.9, "organization precision " + score);
        assertTrue(score.recall() >= 0.8, "organization recall " + score);
    }
}
