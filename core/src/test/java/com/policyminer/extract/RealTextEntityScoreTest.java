package com.policyminer.extract;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.figures.GoldFigure;
import com.policyminer.extract.gold.Score;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores regions, organizations, strategies (with programmes and plan periods) and 《》 titles on the
 * real-text held-out set (core/src/test/resources/heldout/realtext): public texts annotated by reading
 * before the extractors ran on them. First scores and the scores after each change are in its README;
 * the thresholds sit a little below the scores reached, so a change that loses ground fails.
 */
class RealTextEntityScoreTest {

    static final Path TEXTS = Path.of("core/src/test/resources/realtext");
    static final Set<String> STRATEGY_KINDS = Set.of("strategy", "programme", "period");
    private static final Map<String, AnalyzedDocument> DOCS = new LinkedHashMap<>();
    private static final Map<String, Extraction> FOUND = new LinkedHashMap<>();
    /** Offset where scoring stops in each text (the end of its last annotated line). */
    private static final Map<String, Integer> LIMIT = new LinkedHashMap<>();

    @BeforeAll
    static void extract() throws Exception {
        Extractors extractors = Extractors.standard();
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), extractors);
        for (String line : Files.readAllLines(Path.of("core/src/test/resources/heldout/realtext/documents.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Path file = TEXTS.resolve(f[1]);
            AnalyzedDocument doc = pipeline.analyze(pipeline.parser().parse(file, f[1]));
            DOCS.put(f[0], doc);
            FOUND.put(f[0], extractors.extract(doc));
            int lastLine = Integer.parseInt(f[2]);
            int limit = doc.text().length();
            if (lastLine > 0) {
                limit = 0;
                for (int n = 0; n < lastLine; n++) {
                    limit = doc.text().indexOf('\n', limit) + 1;
                }
            }
            LIMIT.put(f[0], limit);
        }
    }

    static List<String[]> gold(String kind, String id) {
        return GoldFigure.rows("/heldout/realtext/gold/" + kind + "/" + id + ".tsv");
    }

    @Test
    void goldOffsetsPointAtTheirSurfaces() {
        assertEquals(4, DOCS.size());
        for (String id : DOCS.keySet()) {
            for (String kind : List.of("regions", "orgs", "policies")) {
                List<String[]> rows = gold(kind, id);
                assertTrue(!rows.isEmpty() || kind.equals("orgs"), kind + " " + id);
                for (String[] row : rows) {
                    assertEquals(row[2], DOCS.get(id).text().substring(Integer.parseInt(row[0]), Integer.parseInt(row[1])),
                            kind + " " + id + " at " + row[0]);
                }
            }
        }
    }

    @Test
    void regions() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        int exact = 0;
        int names = 0;
        for (String id : DOCS.keySet()) {
            List<String> found = new ArrayList<>();
            Map<String, Integer> foundCounts = new TreeMap<>();
            for (RegionMention m : FOUND.get(id).regions()) {
                if (m.start() < LIMIT.get(id)) {
                    found.add(m.start() + "|" + m.end() + "|" + m.name() + "|" + m.surface());
                    foundCounts.merge(m.name(), 1, Integer::sum);
                }
            }
            List<String> gold = new ArrayList<>();
            Map<String, Integer> goldCounts = new TreeMap<>();
            for (String[] row : gold("regions", id)) {
                gold.add(row[0] + "|" + row[1] + "|" + row[3] + "|" + row[2]);
                goldCounts.merge(row[3], 1, Integer::sum);
            }
            diffs(id, gold, found, diff);
            score.add(gold, found);
            Set<String> all = new TreeSet<>(goldCounts.keySet());
            all.addAll(foundCounts.keySet());
            for (String name : all) {
                names++;
                if (goldCounts.getOrDefault(name, 0).equals(foundCounts.getOrDefault(name, 0))) {
                    exact++;
                } else {
                    diff.add(id + " count of " + name + ": gold " + goldCounts.getOrDefault(name, 0)
                            + ", found " + foundCounts.getOrDefault(name, 0));
                }
            }
        }
        double exactShare = (double) exact / names;
        report("regions (offsets + canonical name)", score, diff);
        System.out.printf("real-text regions with the exact count per report: %.3f (%d/%d)%n", exactShare, exact, names);
        assertTrue(score.precision() >= 0.97, "region precision " + score);
        assertTrue(score.recall() >= 0.97, "region recall " + score);
        assertTrue(exactShare >= 0.95, "exact region counts " + exact + "/" + names);
    }

    @Test
    void organizations() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        Map<String, int[]> byKind = new TreeMap<>();
        int kindRight = 0;
        int matched = 0;
        for (String id : DOCS.keySet()) {
            Map<String, OrganizationMention> byKey = new LinkedHashMap<>();
            for (OrganizationMention m : FOUND.get(id).organizations()) {
                if (m.start() < LIMIT.get(id)) {
                    byKey.put(m.start() + "|" + m.end() + "|" + m.name() + "|" + m.surface(), m);
                }
            }
            List<String> gold = new ArrayList<>();
            for (String[] row : gold("orgs", id)) {
                String key = row[0] + "|" + row[1] + "|" + row[3] + "|" + row[2];
                gold.add(key);
                OrganizationMention m = byKey.get(key);
                int[] k = byKind.computeIfAbsent(row[4], x -> new int[2]);
                k[1]++;
                if (m != null) {
                    k[0]++;
                    matched++;
                    if (m.kind().equals(row[4])) {
                        kindRight++;
                    } else {
                        diff.add(id + " kind of " + row[2] + ": gold " + row[4] + ", found " + m.kind());
                    }
                }
            }
            List<String> found = new ArrayList<>(byKey.keySet());
            diffs(id, gold, found, diff);
            score.add(gold, found);
        }
        report("organizations (offsets + canonical name)", score, diff);
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, v) -> kinds.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.printf("real-text organizations: recall by kind%s; kind right %d/%d%n", kinds, kindRight, matched);
        assertTrue(score.precision() >= 0.97, "organization precision " + score);
        assertTrue(score.recall() >= 0.92, "organization recall " + score);
        assertTrue(kindRight >= 0.95 * matched, "organization kind " + kindRight + "/" + matched);
    }

    @Test
    void strategiesProgrammesAndPlanPeriods() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        for (String id : DOCS.keySet()) {
            List<PolicyMention> found = FOUND.get(id).policies().stream()
                    .filter(m -> m.start() < LIMIT.get(id) && !m.surface().startsWith("《")).toList();
            List<String[]> gold = gold("policies", id).stream().filter(r -> STRATEGY_KINDS.contains(r[4])).toList();
            List<String> goldKeys = new ArrayList<>();
            List<String> foundKeys = new ArrayList<>();
            Set<PolicyMention> used = new HashSet<>();
            for (String[] row : gold) {
                String key = row[0] + "|" + row[3];
                goldKeys.add(key);
                int s = Integer.parseInt(row[0]);
                int e = Integer.parseInt(row[1]);
                for (PolicyMention m : found) {
                    if (!used.contains(m) && m.start() < e && s < m.end() && m.title().equals(row[3])) {
                        used.add(m);
                        foundKeys.add(key);
                        break;
                    }
                }
            }
            for (PolicyMention m : found) {
                if (!used.contains(m)) {
                    foundKeys.add(m.start() + "|" + m.title() + "|" + m.kind() + "|" + m.surface());
                }
            }
            diffs(id, goldKeys, foundKeys, diff);
            score.add(goldKeys, foundKeys);
        }
        report("strategies, programmes, plan periods (overlap + title)", score, diff);
        double f1 = 2 * score.precision() * score.recall() / Math.max(1e-9, score.precision() + score.recall());
        System.out.printf("real-text strategies F1=%.3f%n", f1);
        assertTrue(f1 >= 0.93, "strategy F1 " + f1);
    }

    @Test
    void titles() {
        Score score = new Score();
        List<String> diff = new ArrayList<>();
        for (String id : DOCS.keySet()) {
            List<String> found = FOUND.get(id).policies().stream()
                    .filter(m -> m.start() < LIMIT.get(id) && m.surface().startsWith("《"))
                    .map(m -> m.start() + "|" + m.end() + "|" + m.title()).toList();
            List<String> gold = gold("policies", id).stream().filter(r -> !STRATEGY_KINDS.contains(r[4]))
                    .map(r -> r[0] + "|" + r[1] + "|" + r[3]).toList();
            diffs(id, gold, found, diff);
            score.add(gold, found);
        }
        report("《》 titles (offsets + title)", score, diff);
        assertTrue(score.precision() >= 0.98 && score.recall() >= 0.98, "titles " + score);
    }

    private static void diffs(String id, List<String> gold, List<String> found, List<String> diff) {
        Set<String> g = new HashSet<>(gold);
        Set<String> f = new HashSet<>(found);
        gold.stream().filter(k -> !f.contains(k)).forEach(k -> diff.add(id + " missed   " + k));
        found.stream().filter(k -> !g.contains(k)).forEach(k -> diff.add(id + " spurious " + k));
    }

    private static void report(String what, Score score, List<String> diff) {
        System.out.println("real-text " + what + ": " + score);
        diff.forEach(d -> System.out.println("  " + d));
    }
}
