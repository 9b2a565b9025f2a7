package com.policyminer.index;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A batch writes segments without merging them; compacting afterwards merges them in one pass. */
class BatchMergeTest {

    @TempDir
    Path dir;

    private final HanLPAnalyzer hanlp = new HanLPAnalyzer();
    private final TikaDocumentParser parser = new TikaDocumentParser();
    private final DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());

    private IndexedReport report(String name, String text) throws Exception {
        return pipeline.process(parser.parseBytes(text.getBytes(StandardCharsets.UTF_8), name));
    }

    @Test
    void noSegmentIsMergedDuringABatchAndCompactMergesThemAll() throws Exception {
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.beginBatch();
            int commits = 12; // more than the merge policy's five segments per tier
            for (int i = 0; i < commits; i++) {
                String text = "2020年，西安市R&D经费内部支出为" + (100 + i) + ".5亿元，研发投入强度5.18%。第" + i + "号报告。";
                index.upsert(report("r" + i + ".txt", text));
                index.commit();
            }
            assertEquals(commits, segments(index), "one segment per commit, none merged");
            index.endBatch();
            index.compact();
            assertEquals(1, segments(index));
            assertEquals(commits, index.indexedReports().size());
        }
    }

    @Test
    void anIndexTooLargeToMergeIntoOneSegmentStillGetsItsMergesAfterABatch() throws Exception {
        int commits = 30;
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.compactBelowBytes = 0; // as if over 1 GiB: no merge into one segment
            index.beginBatch();
            for (int i = 0; i < commits; i++) {
                String text = "2021年，兰州市技术合同成交额为" + (200 + i) + "亿元。第" + i + "号报告。";
                index.upsert(report("r" + i + ".txt", text));
                index.commit();
            }
            index.endBatch();
            index.compact();
        } // closed without a further commit, as the ingest command does
        try (LuceneIndex reopened = new LuceneIndex(dir, new Analyzers(hanlp))) {
            int segments = segments(reopened);
            org.junit.jupiter.api.Assertions.assertTrue(segments <= 5, // five segments per tier; ten when the merges were dropped
                    "the merge policy's merges were finished and committed: " + segments + " segments");
            assertEquals(commits, reopened.indexedReports().size());
        }
    }

    @Test
    void aBatchThatGrowsTheIndexPastTheOneSegmentSizeMergesAsUsualFromThen() throws Exception {
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.compactBelowBytes = 1;
            index.beginBatch();
            org.junit.jupiter.api.Assertions.assertTrue(index.inBatch());
            index.upsert(report("a.txt", "西安市研发投入强度5.18%。"));
            index.commit();
            org.junit.jupiter.api.Assertions.assertFalse(index.inBatch(), "past the size, merging resumes at the commit");
        }
    }

    @Test
    void aBatchWritesNoCompoundFilesAndWritesAfterItDoAgain() throws Exception {
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.beginBatch();
            index.upsert(report("a.txt", "西安市研发投入强度5.18%。"));
            index.commit();
            index.endBatch();
            assertEquals(java.util.List.of(false), compound(index), "a batch's segment, merged at its end anyway");
            index.upsert(report("b.txt", "兰州市研发投入强度1.5%。"));
            index.commit();
            assertEquals(java.util.List.of(false, true), compound(index), "an upload's small segment is one file again");
        }
    }

    /** Whether each committed segment is a compound file, in order. */
    private static java.util.List<Boolean> compound(LuceneIndex index) throws IOException {
        try (var d = org.apache.lucene.store.FSDirectory.open(index.directoryPath())) {
            java.util.List<Boolean> out = new java.util.ArrayList<>();
            for (var info : org.apache.lucene.index.SegmentInfos.readLatestCommit(d)) {
                out.add(info.info.getUseCompoundFile());
            }
            return out;
        }
    }

    private static int segments(LuceneIndex index) throws IOException {
        IndexSearcher s = index.searchers().acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            index.searchers().release(s);
        }
    }
}
