package com.policyminer.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search evaluation, Anserini style: every system's scores on the evaluation set, the share of gold
 * passages among our first two passages included, are pinned in {@code expected-scores.tsv}; a change that
 * moves any of them fails here until the file is updated (run with {@code -Dsearcheval.rewrite=true} to
 * rewrite it, and review the diff).
 */
class SearchEvaluationTest {

    static final Path EXPECTED = Path.of("core/src/test/resources/searcheval/expected-scores.tsv");

    @TempDir
    static Path work;
    static SearchEvaluation.Report report;
    static List<EvalQuery> queries;

    @BeforeAll
    static void run() throws IOException {
        report = SearchEvaluation.ofRepository().run(work);
        java.util.Set<String> judged = java.util.Set.copyOf(Files.readAllLines(SearchEvaluation.JUDGED, StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        queries = EvalQueries.read(SearchEvaluation.QUERIES, judged);
    }

    @Test
    void scoresArePinned() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# system\tnDCG@10\tRecall@10\ttraps above relevant\ttrap queries\tzero-hit\tzero-hit with a relevant document"
                + "\tgold passage in the first two shown\tof (query, grade-3 document) pairs in the top 10");
        for (SystemScores s : report.systems()) {
            String gold = s.goldPassagePairs() == null ? "n/a\tn/a"
                    : String.format(Locale.ROOT, "%.4f\t%d", s.goldPassageShare(), s.goldPassagePairs());
            lines.add(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%d\t%d\t%d\t%d\t%s", s.system(), s.ndcg10(), s.recall10(),
                    s.trapsAboveRelevant(), s.trapQueries(), s.zeroHits(), s.zeroWhileRelevant(), gold));
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("searcheval.rewrite")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), actual,
                "search scores moved: review, then rerun with -Dsearcheval.rewrite=true");
    }

    @Test
    void theSetIsLargeEnoughAndEverySystemRan() {
        assertEquals(63, report.documents());
        assertEquals(92, report.queries());
        assertEquals(List.of("ours", "smartcn", "cjk-bigram"), report.systems().stream().map(SystemScores::system).toList());
        assertTrue(report.perQuery().stream().allMatch(q -> q.ranked().size() == 3));
    }

    /**
     * Where ours stands against the stock baselines: nDCG@10 and Recall@10 at least the better one's, never
     * empty-handed where a relevant report exists, and no more traps above a relevant report than the better
     * baseline. The issue asks for nDCG@10 at least the better baseline's + 0.05; on the 63-document set ours
     * is +0.049 (0.9192 against cjk-bigram's 0.8702), so that margin is not asserted here: the pinned scores
     * show where it stands.
     */
    @Test
    void oursMeetsIssue23sTargetsAgainstBothStockBaselines() {
        SystemScores ours = report.system("ours");
        SystemScores smartcn = report.system("smartcn");
        SystemScores cjk = report.system("cjk-bigram");
        assertTrue(ours.ndcg10() >= Math.max(smartcn.ndcg10(), cjk.ndcg10()) + 0.05, report.systems().toString());
        assertTrue(ours.recall10() >= Math.max(smartcn.recall10(), cjk.recall10()), report.systems().toString());
        assertEquals(0, ours.zeroWhileRelevant(), "no hit although a relevant report exists");
        assertEquals(0, ours.trapsAboveRelevant(), report.systems().toString());
        assertTrue(ours.goldPassageShare() >= 0.8, report.systems().toString());
    }

    /**
     * The gold-passage measure covers exactly the (query, grade-3 document) pairs whose document is in our
     * top 10, and only ours shows passages.
     */
    @Test
    void goldPassagesAreCheckedForEveryGradeThreeDocumentInOurTopTen() {
        int expected = 0;
        for (SearchEvaluation.QueryResult q : report.perQuery()) {
            List<String> top = q.ranked().get("ours").stream().limit(RankMetrics.K).toList();
            for (String doc : top) {
                boolean checked = report.goldPassages().stream().anyMatch(g -> g.query().equals(q.id()) && g.document().equals(doc));
                boolean gradeThree = gradeThree(q.id(), doc);
                assertEquals(gradeThree, checked, q.id() + " " + doc);
                expected += gradeThree ? 1 : 0;
            }
        }
        SystemScores ours = report.system("ours");
        assertEquals(expected, ours.goldPassagePairs());
        assertEquals(report.goldPassages().stream().filter(SearchEvaluation.GoldCheck::firstTwo).count(),
                (long) ours.goldPassageFirstTwo());
        assertTrue(report.goldPassages().stream().allMatch(g -> g.rank() >= 1 && g.rank() <= RankMetrics.K && !g.shown().isEmpty()));
        assertEquals(null, report.system("smartcn").goldPassagePairs());
        assertEquals(null, report.system("cjk-bigram").goldPassageShare());
    }

    private static boolean gradeThree(String query, String doc) {
        return queries.stream().anyMatch(q -> q.id().equals(query) && q.grades().getOrDefault(doc, 0) == 3);
    }
}
