package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Engine;
import com.policyminer.extract.Extractors;
import com.policyminer.model.Deadline;
import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.ParseLimits;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: segmenting and extracting one file is bounded in time by a budget that grows with its
 * length; a file over it is FAILED_TIMEOUT by name, stopped where it was, and the rest of the batch is indexed.
 */
class AnalysisBudgetTest {

    @TempDir
    Path dir;

    private static final String SENTENCE = "2022年，成都市地区生产总值达到20817.5亿元，同比增长2.8%，研发投入强度为3.5%。\n";

    @Test
    void theBudgetGrowsWithTheText() {
        ParseLimits limits = new ParseLimits(1 << 20, 1 << 20, Duration.ofSeconds(60), Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(10), limits.analysisBudget(0));
        assertEquals(Duration.ofSeconds(30), limits.analysisBudget(2_000_000));
        assertEquals(Duration.ofSeconds(60), new ParseLimits(1, 1, Duration.ofSeconds(60)).analysisBudget(0),
                "without its own setting the analysis budget is the parse timeout");
    }

    @Test
    void aDeadlineThatHasPassedStopsSegmentationMidwayAndNamesTheStage() {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        String text = SENTENCE.repeat(2_000); // far more words than one check interval
        Deadline passed = Deadline.in(Duration.ofNanos(1));
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> hanlp.segment(text, (t, s, en, p) -> t, passed));
        assertEquals("segmentation", e.stage());
        assertEquals(hanlp.segment(text, (t, s, en, p) -> t).size(), hanlp.segment(text, (t, s, en, p) -> t, Deadline.in(Duration.ofMinutes(5))).size());
    }

    @Test
    void aFileOverItsBudgetFailsWithTimeoutAndTheBatchGoesOn() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("big.txt"), SENTENCE.repeat(3_000));
        Files.writeString(corpus.resolve("small.txt"), SENTENCE);
        // the big file's deadline has passed when its analysis starts (as if it had run for hours); the small one has none
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard(),
                MemoryBudget.ofHeap(), doc -> doc.path().contains("big") ? Deadline.in(Duration.ofNanos(1)) : Deadline.NONE);
        ParseFailure f = assertThrows(ParseFailure.class, () -> pipeline.process(corpus.resolve("big.txt"), "big.txt"));
        assertEquals(ParseFailure.Reason.TIMEOUT, f.reason());
        assertTrue(f.getMessage().contains("segmentation") && f.getMessage().contains("POLICYMINER_ANALYSIS_TIMEOUT_S"), f.getMessage());
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport r = new CorpusIngest(pipeline, e.index(), 1, 1000).run(corpus, null);
            assertEquals(1, r.count(IngestOutcome.FAILED_TIMEOUT), r.toString());
            assertEquals(1, e.reads().search(SearchRequest.of("成都市", 10)).total(), "the rest of the batch is indexed");
        }
    }
}
