package com.policyminer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The works, collections and search commands on a corpus with a report in two files, in a folder. */
class WorksCommandsTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args), () -> out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void worksCollectionsAndACollapsedSearch() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("转载"));
        Files.copy(Path.of("corpus/003_b94fa3ae733f63a0.txt"), corpus.resolve("003.txt"));
        Files.writeString(corpus.resolve("转载/003-copy.txt"), Files.readString(Path.of("corpus/003_b94fa3ae733f63a0.txt")) + "\n（转载）");
        Files.copy(Path.of("corpus/002_62e1a830fce91b89.txt"), corpus.resolve("002.txt"));
        String index = dir.resolve("index").toString();
        run("ingest", "--index", index, "--corpus", corpus.toString());

        String works = run("works", "--index", index, "--corpus", corpus.toString());
        assertTrue(works.startsWith("3 files, 2 works (1 in more than one file)"), works);
        assertTrue(works.contains("003.txt") && works.contains("转载/003-copy.txt"), works);

        String search = run("search", "长三角", "--index", index, "--corpus", corpus.toString());
        assertTrue(search.contains("also as: 003-copy.txt") || search.contains("also as: 003.txt"), search);
        String all = run("search", "长三角", "--no-collapse", "--index", index, "--corpus", corpus.toString());
        assertTrue(!all.contains("also as:") || all.split("\n\\d+\\. ").length > search.split("\n\\d+\\. ").length, all);

        String collections = run("collections", "--index", index, "--corpus", corpus.toString());
        assertTrue(collections.contains("转载") && collections.contains("1 reports"), collections);
        String inFolder = run("search", "长三角", "--collection", "转载", "--index", index, "--corpus", corpus.toString());
        assertTrue(inFolder.startsWith("1 reports match"), inFolder);
    }
}
