package com.policyminer.cli;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code page FILE_OR_ID N --out PNG}: a page of a file, the same page of the indexed document, and refusals. */
class PageCommandTest {

    private static final Path PDF = Path.of("core/src/test/resources/fixtures/seed-004-pages.pdf");

    @Test
    void aPageOfAFileAndOfTheIndexedDocumentAreTheSameImage(@TempDir Path tmp) throws Exception {
        Path fromFile = tmp.resolve("file.png");
        assertEquals(0, Main.run("page", PDF.toString(), "2", "--out", fromFile.toString()));
        BufferedImage img = ImageIO.read(fromFile.toFile());
        assertEquals(909, img.getWidth());
        assertEquals(1286, img.getHeight());

        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(PDF, corpus.resolve("report.pdf"));
        Path index = tmp.resolve("index");
        String id;
        try (Engine engine = new Engine(Config.fromEnvironment().withIndex(index).withCorpus(corpus))) {
            engine.ingest().run(corpus, null);
            id = engine.reads().documents().get(0).id();
        }
        Path fromIndex = tmp.resolve("indexed.png");
        assertEquals(0, Main.run("page", id, "2", "--index", index.toString(), "--corpus", corpus.toString(),
                "--out", fromIndex.toString()));
        assertArrayEquals(Files.readAllBytes(fromFile), Files.readAllBytes(fromIndex));

        Path small = tmp.resolve("small.png");
        assertEquals(0, Main.run("page", id, "1", "--index", index.toString(), "--corpus", corpus.toString(),
                "--dpi", "50", "--start", "10", "--end", "20", "--out", small.toString()));
        assertEquals(413, ImageIO.read(small.toFile()).getWidth()); // 595.3 pt at 50 dpi
        assertEquals(2, Main.run("page", "f".repeat(64), "1", "--index", index.toString(), "--corpus", corpus.toString(),
                "--out", tmp.resolve("none.png").toString()), "an id the index does not have");
        assertFalse(Files.exists(tmp.resolve("none.png")));
    }

    @Test
    void refusalsWriteNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("x.png");
        Path txt = Files.writeString(tmp.resolve("report.txt"), "西安市2020年研发投入强度为5.05%。\n");
        assertEquals(2, Main.run("page", PDF.toString(), "7", "--out", out.toString()), "past the last page");
        assertEquals(2, Main.run("page", PDF.toString(), "0", "--out", out.toString()));
        assertEquals(2, Main.run("page", PDF.toString(), "1", "--dpi", "400", "--out", out.toString()));
        assertEquals(2, Main.run("page", PDF.toString(), "1", "--start", "5", "--out", out.toString()));
        assertEquals(2, Main.run("page", txt.toString(), "1", "--out", out.toString()), "not a PDF");
        assertEquals(2, Main.run("page", tmp.resolve("missing.pdf").toString(), "1", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }
}
