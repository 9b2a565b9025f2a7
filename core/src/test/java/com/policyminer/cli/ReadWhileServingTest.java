package com.policyminer.cli;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: the read-only commands work while a server (here its engine, which holds the index's write
 * lock as `serve` does) has the index open, and see what it has committed.
 */
class ReadWhileServingTest {

    @TempDir
    static Path dir;
    static Engine serving;

    @BeforeAll
    static void serve() throws Exception {
        serving = TestIndexes.seeded(dir); // holds the write lock until closed
    }

    @AfterAll
    static void stop() throws Exception {
        serving.close();
    }

    private static String[] run(String... args) {
        return runOn(dir.resolve("index"), args);
    }

    private static String[] runOn(Path index, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--index=" + index;
            all[args.length + 1] = "--corpus=corpus";
            int code = Main.run(all);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void searchFiguresAndEntitiesReadTheIndexTheServerHolds() {
        String[] search = run("search", "技术合同成交额");
        assertEquals("0", search[0], search[2]);
        assertTrue(search[1].contains("reports match") && search[1].contains("000_"), search[1]);
        String[] figures = run("figures", "--subject", "西安", "--limit", "3");
        assertEquals("0", figures[0], figures[2]);
        assertTrue(figures[1].contains("西安市"), figures[1]);
        String[] entities = run("entities", "regions");
        assertEquals("0", entities[0], entities[2]);
        assertTrue(entities[1].contains("兰州市"), entities[1]);
        assertFalse((search[2] + figures[2] + entities[2]).contains("in use by another process"));
    }

    @Test
    void aCommandSeesWhatTheServerCommitted() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("more"));
        try (var seeds = Files.list(Path.of("corpus"))) {
            for (Path f : seeds.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        Files.writeString(corpus.resolve("zz-new.txt"), "新增报告\n\n2025年，克拉玛依市技术合同成交额达到12.5亿元。\n");
        serving.ingest().run(corpus, null);
        String[] search = run("search", "克拉玛依");
        assertEquals("0", search[0], search[2]);
        assertTrue(search[1].contains("zz-new.txt"), search[1]);
    }

    @Test
    void withoutAnIndexAReadingCommandSaysToIngestFirst() {
        String[] search = runOn(dir.resolve("nothing-here"), "search", "x");
        assertEquals("1", search[0]);
        assertTrue(search[2].contains("no index") && search[2].contains("ingest"), search[2]);
        assertFalse(Files.exists(dir.resolve("nothing-here").resolve("write.lock")), "a reading command creates no index");
    }

    @Test
    void searchRefusesAnEmptyQueryAndALimitOutOfRangeInsteadOfGuessing() {
        for (String[] args : new String[][] {{"search", ""}, {"search", "  "}, {"search", "西安", "--limit", "0"},
                {"search", "西安", "--limit", "-5"}, {"search", "西安", "--limit", "500"}}) {
            String[] r = run(args);
            assertEquals("2", r[0], String.join(" ", args) + " → " + r[1]);
            assertTrue(r[2].startsWith("error: ") && r[1].isEmpty(), r[2]);
        }
        assertTrue(run("search", "西安", "--limit", "500")[2].contains("between 1 and 100"));
        assertEquals("0", run("search", "西安", "--limit", "100")[0]);
    }

    /** Issue 20: the tables name documents by title and file name; no 64-hex id; Δ says it is relative. */
    @Test
    void conflictsAndCompareNameDocumentsByTitleAndFile() {
        String[] conflicts = run("conflicts");
        assertEquals("0", conflicts[0], conflicts[2]);
        String[] compare = run("compare", "--subject", "西安");
        assertEquals("0", compare[0], compare[2]);
        for (String out : new String[] {conflicts[1], compare[1]}) {
            assertFalse(java.util.regex.Pattern.compile("[0-9a-f]{64}").matcher(out).find(), out);
            assertTrue(out.contains("000_f8820dc2aea3848d.txt @") && out.contains("《构建西安兰州国家区域科"), out);
        }
        assertTrue(conflicts[1].contains("relative"), conflicts[1]);
        assertFalse(conflicts[1].matches("(?s).*Δ [0-9.]+%  .*"), "a bare Δ percentage: " + conflicts[1]);
    }

    /** Issue 20: search hits, mentions and entity lists export as CSV from the CLI too. */
    @Test
    void searchMentionsAndEntitiesExportAsCsv() {
        String[] search = run("search", "技术合同成交额", "--csv");
        assertEquals("0", search[0], search[2]);
        assertTrue(search[1].startsWith("\uFEFFrank,id,title,fileName") && search[1].contains("000_f8820dc2aea3848d.txt"), search[1]);
        String[] mentions = run("mentions", "--type", "region", "--entity", "兰州市", "--csv");
        assertEquals("0", mentions[0], mentions[2]);
        assertTrue(mentions[1].lines().skip(1).allMatch(l -> l.startsWith("region,兰州市,")) && mentions[1].lines().count() > 2, mentions[1]);
        String[] table = run("mentions", "--type", "region", "--entity", "兰州市", "--limit", "3");
        assertEquals("0", table[0], table[2]);
        assertTrue(table[1].contains("3 mentions") && table[1].contains("兰州"), table[1]);
        assertEquals("2", run("mentions", "--type", "city")[0]);
        String[] orgs = run("entities", "orgs", "--csv");
        assertEquals("0", orgs[0], orgs[2]);
        assertTrue(orgs[1].startsWith("\uFEFFname,kind,level,parent,mentions,documents"), orgs[1]);
    }
}
