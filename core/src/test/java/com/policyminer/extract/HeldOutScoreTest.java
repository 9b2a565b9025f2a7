package com.policyminer.extract;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.figures.GoldFigure;
import com.policyminer.extract.gold.Score;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.PolicyMention;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores every extractor on the held-out reports (core/src/test/resources/heldout): eight short reports
 * written and annotated after the extractors were tuned, so unlike the seed gold sets they say how
 * the rules generalize. Runs the pipeline as ingest does (parse, one HanLP pass, all extractors).
 * The first scores measured, before any fix, are in heldout/README.md; the thresholds sit a little
 * below the scores reached after the fixes, so a change that loses ground on unseen text fails.
 */
class HeldOutScoreTest {

    static final Path REPORTS = Path.of("core/src/test/resources/heldout/reports");
    /** The first report of the second held-out set (h09-h12, written for the indicator rework). */
    static final String SECOND_SET = "h09";
    /** Policy rules whose mentions this gold does not annotate (issue 24: programmes, plan periods). */
    static final Set<String> UNANNOTATED_RULES = Set.of("programme", "plan-period", "quoted-programme", "quoted-name", "quoted-slogan", "power-link");
    private static final Map<String, AnalyzedDocument> DOCS = new LinkedHashMap<>();
    private static final Map<String, Extraction> FOUND = new LinkedHashMap<>();

    @BeforeAll
    static void extract() throws Exception {
        Extractors extractors = Extractors.standard();
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), extractors);
        try (Stream<Path> files = Files.list(REPORTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().substring(0, 3);
                AnalyzedDocument doc = pipeline.analyze(pipeline.parser().parse(f, f.getFileName().toString()));
                DOCS.put(id, doc);
                FOUND.put(id, extractors.extract(doc));
            }
        }
    }

    static List<String[]> gold(String kind, String id) {
        return GoldFigure.rows("/heldout/gold/" + kind + "/" + id + ".tsv");
    }

    @Test
    void corpusIsBigEnoughAndGoldOffsetsPointAtTheirSurfaces() {
        assertTrue(DOCS.size() >= 8, "at least 8 held-out reports");
        for (String id : DOCS.keySet()) {
            String text = DOCS.get(id).text();
            assertTrue(text.length() >= 600 && text.length() <= 2000, id + " length " + text.length());
            for (String kind : List.of("regions", "orgs", "policies", "figures")) {
                for (String[] row : gold(kind, id)) {
                    assertEquals(row[2], text.substring(Integer.parseInt(row[0]), Integer.parseInt(row[1])),
                            kind + " " + id + " at " + row[0]);
                }
            }
        }
        for (String[] n : GoldFigure.rows("/heldout/gold/negatives.tsv")) {
            assertEquals(n[3], DOCS.get(n[0]).text().substring(Integer.parseInt(n[1]), Integer.parseInt(n[2])));
        }
    }

    @Test
    void regions() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        for (String id : DOCS.keySet()) {
            List<String> found = FOUND.get(id).regions().stream()
                    .map(m -> m.start() + "|" + m.end() + "|" + m.name() + "|" + m.surface()).toList();
            score.add(keys(id, "regions", diff, found), found);
        }
        report("regions (offsets + canonical name)", score, diff);
        assertTrue(score.precision() >= 0.97, "region precision " + score);
        assertTrue(score.recall() >= 0.97, "region recall " + score);
    }

    @Test
    void organizations() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        for (String id : DOCS.keySet()) {
            List<String> found = FOUND.get(id).organizations().stream()
                    .map(m -> m.start() + "|" + m.end() + "|" + m.name() + "|" + m.surface()).toList();
            score.add(keys(id, "orgs", diff, found), found);
        }
        report("organizations (offsets + canonical name)", score, diff);
        assertTrue(score.precision() >= 0.95, "organization precision " + score);
        assertTrue(score.recall() >= 0.85, "organization recall " + score);
    }

    @Test
    void policies() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        int bindable = 0;
        int bound = 0;
        for (String id : DOCS.keySet()) {
            Map<String, PolicyMention> byKey = new HashMap<>();
            List<String> found = new ArrayList<>();
            for (PolicyMention m : FOUND.get(id).policies()) {
                if (UNANNOTATED_RULES.contains(m.rule())) {
                    continue; // programmes and plan periods (issue 24) came after this gold; RealTextEntityScoreTest scores them
                }
                String key = m.start() + "|" + m.end() + "|" + m.title() + "|" + m.kind() + "|" + m.isPolicy();
                byKey.put(key, m);
                found.add(key);
            }
            List<String> gold = new ArrayList<>();
            for (String[] row : gold("policies", id)) {
                String key = row[0] + "|" + row[1] + "|" + row[3] + "|" + row[4] + "|" + row[5];
                gold.add(key);
                if (!row[6].isEmpty() || !row[7].isEmpty()) {
                    bindable++;
                    PolicyMention m = byKey.get(key);
                    if (m != null && m.issuer().equals(row[6]) && m.date().equals(row[7])) {
                        bound++;
                    } else {
                        diff.add(id + " issuer/date of " + row[2] + ": gold " + row[6] + " " + row[7] + ", found "
                                + (m == null ? "nothing" : m.issuer() + " " + m.date()));
                    }
                }
            }
            diffs(id, gold, found, diff);
            score.add(gold, found);
        }
        report("policies (offsets + title + kind)", score, diff);
        double binding = bindable == 0 ? 1.0 : (double) bound / bindable;
        System.out.printf("held-out policies issuer+date where the text gives them: %.3f (%d/%d)%n", binding, bound, bindable);
        assertTrue(score.precision() >= 0.97, "policy precision " + score);
        assertTrue(score.recall() >= 0.97, "policy recall " + score);
        assertTrue(binding >= 0.85, "issuer/date " + bound + "/" + bindable);
    }

    @Test
    void figures() {
        com.policyminer.extract.figures.Score score = new com.policyminer.extract.figures.Score();
        com.policyminer.extract.figures.Score first = new com.policyminer.extract.figures.Score();
        com.policyminer.extract.figures.Score second = new com.policyminer.extract.figures.Score();
        for (String id : DOCS.keySet()) {
            List<GoldFigure> gold = GoldFigure.fromResource("/heldout/gold/figures/" + id + ".tsv");
            score.add(id, gold, FOUND.get(id).figures());
            (id.compareTo(SECOND_SET) < 0 ? first : second).add(id, gold, FOUND.get(id).figures());
        }
        for (var part : List.of(Map.entry("h01-h08", first), Map.entry(SECOND_SET + "-", second))) {
            var s = part.getValue();
            System.out.printf("held-out figures %s: P=%.3f R=%.3f subject=%.3f year=%.3f normalized=%.3f indicator=%.3f%n",
                    part.getKey(), s.precision(), s.recall(), s.subjectAccuracy(), s.yearAccuracy(),
                    s.normalizationAccuracy(), s.indicatorAccuracy());
        }
        List<String> negatives = new ArrayList<>();
        for (String[] n : GoldFigure.rows("/heldout/gold/negatives.tsv")) {
            int s = Integer.parseInt(n[1]);
            int e = Integer.parseInt(n[2]);
            for (Figure f : FOUND.get(n[0]).figures()) {
                if (f.start() < e && s < f.end()) {
                    negatives.add(n[0] + " " + n[3] + " (" + n[4] + ") reported as " + f.surface());
                }
            }
        }
        System.out.println("held-out " + score.report().strip());
        System.out.printf("held-out figures: P=%.3f R=%.3f subject=%.3f year=%.3f normalized=%.3f indicator=%.3f, negatives hit %d%n",
                score.precision(), score.recall(), score.subjectAccuracy(), score.yearAccuracy(),
                score.normalizationAccuracy(), score.indicatorAccuracy(), negatives.size());
        negatives.forEach(n -> System.out.println("  negative reported: " + n));
        assertTrue(score.precision() >= 0.97, "figure precision " + score.precision());
        assertTrue(score.recall() >= 0.97, "figure recall " + score.recall());
        assertTrue(score.subjectAccuracy() >= 0.95, "figure subject " + score.subjectAccuracy()); // 0.966 (0.903 before issue 16, 0.933 before the title's place)
        assertTrue(score.yearAccuracy() >= 0.97, "figure year " + score.yearAccuracy());
        assertTrue(score.normalizationAccuracy() >= 0.97, "figure normalized value " + score.normalizationAccuracy());
        // indicator: exact match of the short noun phrase; 0.626 with the token chunker (0.240 before it)
        assertTrue(score.indicatorAccuracy() >= 0.60, "figure indicator " + score.indicatorAccuracy());
        assertEquals(List.of(), negatives, "never-figures reported");
    }

    /** Gold keys "start|end|name" of one report; adds missed and spurious mentions to diff. */
    private static List<String> keys(String id, String kind, List<String> diff, List<String> foundWithSurface) {
        List<String> gold = new ArrayList<>();
        for (String[] row : gold(kind, id)) {
            gold.add(row[0] + "|" + row[1] + "|" + row[3] + "|" + row[2]);
        }
        diffs(id, gold, foundWithSurface, diff);
        return gold;
    }

    private static void diffs(String id, List<String> gold, List<String> found, List<String> diff) {
        Set<String> g = new HashSet<>(gold);
        Set<String> f = new HashSet<>(found);
        gold.stream().filter(k -> !f.contains(k)).forEach(k -> diff.add(id + " missed   " + k));
        found.stream().filter(k -> !g.contains(k)).forEach(k -> diff.add(id + " spurious " + k));
    }

    private static void report(String what, Score score, List<String> diff) {
        System.out.println("held-out " + what + ": " + score);
        diff.forEach(d -> System.out.println("  " + d));
    }
}
