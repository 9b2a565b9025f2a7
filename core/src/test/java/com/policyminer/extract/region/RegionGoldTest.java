package com.policyminer.extract.region;

import com.policyminer.extract.gold.GoldSeeds;
import com.policyminer.extract.gold.Score;
import com.policyminer.model.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores the region extractor against the hand-made gold mentions of the five seeds. */
class RegionGoldTest {

    @Test
    void goldOffsetsPointAtTheirSurfaces() {
        for (String kind : List.of("regions", "orgs", "policies")) {
            for (String seed : GoldSeeds.SEEDS) {
                String text = GoldSeeds.document(seed).text();
                for (String[] row : GoldSeeds.rows(kind, seed)) {
                    int start = Integer.parseInt(row[0]);
                    int end = Integer.parseInt(row[1]);
                    assertEquals(row[2], text.substring(start, end), kind + " " + seed + " at " + start);
                }
            }
        }
    }

    @Test
    void regionMentionsMatchTheGold() {
        Score score = new Score();
        for (String seed : GoldSeeds.SEEDS) {
            AnalyzedDocument doc = GoldSeeds.document(seed);
            List<String> gold = new ArrayList<>();
            for (String[] row : GoldSeeds.rows("regions", seed)) {
                gold.add(row[0] + "|" + row[1] + "|" + row[3]);
            }
            List<String> found = RegionExtractor.standard().extract(doc).stream()
                    .map(m -> m.start() + "|" + m.end() + "|" + m.name()).toList();
            score.add(gold, found);
        }
        System.out.println("regions (mentions: offsets + canonical name): " + score);
        assertTrue(score.precision() >= 0.95, "region precision " + score);
        assertTrue(score.recall() >= 0.95, "region recall " + score);
    }
}
