package com.policyminer.ingest;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.extract.Extractors;
import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file whose text could never fit the memory budget is FAILED_TOO_LARGE before it is segmented
 * (issue 15: a 16 M character PDF ran a 256 MB heap out of memory in segmentation); files that fit
 * wait for each other; a heap below the minimum is refused at start with a message.
 */
class MemoryBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aTextThatCannotFitIsTooLargeWithTheSizes() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "全省规模以上工业增加值增长8.5%。".repeat(10_000));
        Path small = Files.writeString(dir.resolve("small.txt"), "兰州市2020年研发经费增长5%。");
        MemoryBudget budget = new MemoryBudget(4L << 20); // 4 MB: about 10,000 characters
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(Config.fromEnvironment(Map.of()).limits()),
                new HanLPAnalyzer(), Extractors.standard(), budget);
        ParseFailure f = assertThrows(ParseFailure.class, () -> pipeline.process(big, "big.txt"));
        assertEquals(ParseFailure.Reason.TOO_LARGE, f.reason());
        assertTrue(f.getMessage().contains("180,000 characters need about 68 MB"), f.getMessage());
        assertEquals(IngestOutcome.FAILED_TOO_LARGE, IngestOutcome.of(f.reason()));
        assertEquals(1, pipeline.process(small, "small.txt").extraction().figures().size());
        assertEquals(0, budget.inUse(), "every permit is given back");
    }

    @Test
    void filesThatFitWaitForEachOther() throws Exception {
        MemoryBudget budget = new MemoryBudget(1000 * MemoryBudget.BYTES_PER_CHAR);
        MemoryBudget.Permit first = budget.admit(600, "a");
        CompletableFuture<MemoryBudget.Permit> second = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.admit(600, "b");
            } catch (ParseFailure e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(second.isDone(), "waits while the first is in progress");
        first.close();
        second.get(10, TimeUnit.SECONDS).close();
        assertEquals(0, budget.inUse());
    }

    @Test
    void aHeapBelowTheMinimumIsRefusedWithAMessage() {
        String why = MemoryBudget.heapTooSmall(128L << 20);
        assertTrue(why.contains("at least 256 MB") && why.contains("has 128 MB"), why);
        assertNull(MemoryBudget.heapTooSmall(512L << 20));
    }
}
