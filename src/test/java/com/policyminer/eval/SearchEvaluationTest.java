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
 * The search evaluation, Anserini style: every system's scores on the evaluation set are pinned in
 * {@code expected-scores.tsv}; a change that moves any of them fails here until the file is updated
 * (run with {@code -Dsearcheval.rewrite=true} to rewrite it, and review the diff).
 */
class SearchEvaluationTest {

    static final Path EXPECTED = Path.of("src/test/resources/searcheval/expected-scores.tsv");

    @TempDir
    static Path work;
    static SearchEvaluation.Report report;

    @BeforeAll
    static void run() throws IOException {
        report = new SearchEvaluation(SearchEvaluation.DOCUMENT_DIRS, SearchEvaluation.QUERIES).run(work);
    }

    @Test
    void scoresArePinned() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# system\tnDCG@10\tRecall@10\ttraps above relevant\ttrap queries\tzero-hit\tzero-hit with a relevant document");
        for (SystemScores s : report.systems()) {
            lines.add(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%d\t%d\t%d\t%d", s.system(), s.ndcg10(), s.recall10(),
                    s.trapsAboveRelevant(), s.trapQueries(), s.zeroHits(), s.zeroWhileRelevant()));
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
        assertEquals(41, report.documents());
        assertEquals(80, report.queries());
        assertEquals(List.of("ours", "smartcn", "cjk-bigram"), report.systems().stream().map(SystemScores::system).toList());
        assertTrue(report.perQuery().stream().allMatch(q -> q.ranked().size() == 3));
    }

    /**
     * The bar: nDCG@10 at least the better stock baseline's + 0.05, Recall@10 at least the better
     * one's, never empty-handed where a relevant report exists, and no more traps above a relevant report
     * than the better baseline (the one ours has, q18, is report 001 matching 科技成果转化 with 新区 missing).
     */
    @Test
    void oursBeatsBothStockBaselines() {
        SystemScores ours = report.system("ours");
        SystemScores smartcn = report.system("smartcn");
        SystemScores cjk = report.system("cjk-bigram");
        assertTrue(ours.ndcg10() >= Math.max(smartcn.ndcg10(), cjk.ndcg10()) + 0.05, report.systems().toString());
        assertTrue(ours.recall10() >= Math.max(smartcn.recall10(), cjk.recall10()), report.systems().toString());
        assertEquals(0, ours.zeroWhileRelevant(), "no hit although a relevant report exists");
        assertTrue(ours.trapsAboveRelevant() <= Math.min(smartcn.trapsAboveRelevant(), cjk.trapsAboveRelevant()),
                report.systems().toString());
    }
}
