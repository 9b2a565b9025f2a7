package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run killed during its final merge leaves many segments with every file committed; the next run
 * finds nothing to change and must still finish the merge (issue 15: 23 segments, a rerun left 7).
 * Here the segments come from uploads (each commits its own), which the next run finds unchanged.
 */
class ResumedMergeTest {

    @TempDir
    Path dir;

    @Test
    void aRunThatChangesNothingStillFinishesTheMerge() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "兰州市2020年研发经费增长5%。");
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            e.ingest().run(corpus, null);
            UploadIngest uploads = new UploadIngest(e.pipeline(), e.index(), corpus, e.writeLock());
            String[] texts = {"西安市2021年研发经费增长7%。", "成都市2022年研发经费增长9%。", "重庆市2022年研发经费增长3%。"};
            for (int i = 0; i < texts.length; i++) {
                uploads.accept("u" + i + ".txt", new ByteArrayInputStream(texts[i].getBytes(StandardCharsets.UTF_8)));
            }
            assertTrue(segments(e) > 1, "uploads left segments: " + segments(e));
            IngestReport r = e.ingest().run(corpus, null);
            assertEquals(4, r.count(IngestOutcome.UNCHANGED), r.summary());
            assertEquals(1, segments(e), "merged although nothing changed");
        }
    }

    private static int segments(Engine e) throws java.io.IOException {
        var s = e.embeddedIndex().searchers().acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            e.embeddedIndex().searchers().release(s);
        }
    }
}
