package com.policyminer.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench --scale N --scale-reuse}: an earlier run's folder is checked, and its ingest figures come back as they were written. */
class ScaleReuseTest {

    @TempDir
    Path out;

    private ScaleBench bench() {
        return new ScaleBench(out, 2, "1g", 1L, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private Path folder(int files) throws IOException {
        Path dir = out.resolve("scale-3");
        Files.createDirectories(dir.resolve("index"));
        Files.createDirectories(dir.resolve("index-smartcn"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < files; i++) {
            Files.writeString(corpus.resolve("report-" + i + ".txt"), "西安市2020年研发投入" + i);
        }
        return dir;
    }

    @Test
    void theIngestFiguresAnEarlierRunWroteAreReadBack() throws IOException {
        Path dir = folder(3);
        var written = new ScaleBench.IngestPart(3, 36, 1.5, 2.25, 99, 0.5, 0.75, "2026-12-07T08:00:00Z");
        written.write(dir);
        assertEquals(written, bench().reused(dir, 3));
    }

    @Test
    void aFolderWithoutThemIsServedWithItsTextCountedAndTheIngestRowsEmpty() throws IOException {
        Path dir = folder(3);
        ScaleBench.IngestPart part = bench().reused(dir, 3);
        assertEquals(3 * "西安市2020年研发投入0".length(), part.textChars());
        assertTrue(Double.isNaN(part.ingestSeconds()));
        assertEquals("–", ScaleTable.num(part.ingestSeconds()));
        assertEquals("–", ScaleTable.num(part.heapAfterIngestMb()));
        assertEquals("1.50", ScaleTable.num(1.5));
    }

    @Test
    void aCorpusOfAnotherSizeOrAMissingIndexIsRefusedByName() throws IOException {
        Path dir = folder(2);
        IOException size = assertThrows(IOException.class, () -> bench().reused(dir, 3));
        assertTrue(size.getMessage().contains("holds 2 files, not 3"), size.getMessage());
        Files.delete(dir.resolve("index-smartcn"));
        IOException missing = assertThrows(IOException.class, () -> bench().reused(dir, 2));
        assertTrue(missing.getMessage().contains("index-smartcn is missing"), missing.getMessage());
    }
}
