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
        String regions = run("entities", "regions", "--json", "--index", index, "--corpus", corpus.toString());
        String regionsInFolder = run("entities", "regions", "--json", "--collection", "转载", "--index", index, "--corpus", corpus.toString());
        var whole = com.policyminer.index.StoredJson.MAPPER.readTree(regions);
        var folder = com.policyminer.index.StoredJson.MAPPER.readTree(regionsInFolder);
        assertTrue(folder.get("total").asInt() > 0 && folder.get("total").asInt() < whole.get("total").asInt(), regionsInFolder);
        folder.get("regions").forEach(r -> assertEquals(1, r.get("documents").asInt(), r.toString()));
    }

    @Test
    void diffNamesTheChangedFigureAndTheAddedPassage() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("终稿"));
        String draft = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        Files.writeString(corpus.resolve("draft.txt"), draft);
        Files.writeString(corpus.resolve("终稿/final.txt"), draft.replace("1648.56亿元", "1748.56亿元")
                + "\n编者按：本文为终稿，数据以此为准。\n");
        String index = dir.resolve("index").toString();
        run("ingest", "--index", index, "--corpus", corpus.toString());
        String json = run("works", "--index", index, "--corpus", corpus.toString(), "--json");
        var works = com.policyminer.index.StoredJson.MAPPER.readTree(json);
        var files = works.get("items").get(0).get("files");
        String a = files.get(0).get("path").asText().equals("draft.txt") ? files.get(0).get("docId").asText() : files.get(1).get("docId").asText();
        String b = files.get(0).get("path").asText().equals("draft.txt") ? files.get(1).get("docId").asText() : files.get(0).get("docId").asText();

        String out = run("diff", a, b, "--index", index, "--corpus", corpus.toString());
        assertTrue(out.startsWith("from draft.txt"), out);
        assertTrue(out.contains("one work"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("changed") && l.contains("1648.56亿元 → 1748.56亿元")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("+ @") && l.contains("编者按：本文为终稿")), out);
        var parsed = com.policyminer.index.StoredJson.MAPPER.readTree(run("diff", a, b, "--json", "--index", index, "--corpus", corpus.toString()));
        assertEquals(a, parsed.get("from").get("id").asText());
        assertEquals(1, parsed.get("diff").get("figureCount").asInt(), parsed.toString());
        assertEquals(2, Main.run("diff", "nothex", b, "--index", index, "--corpus", corpus.toString()));
        assertEquals(1, Main.run("diff", a, "0".repeat(64), "--index", index, "--corpus", corpus.toString()));
    }
}
