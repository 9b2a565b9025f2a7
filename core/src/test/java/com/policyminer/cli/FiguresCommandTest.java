package com.policyminer.cli;

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

/** `figures` with --subject-type, an indicator concept and --exact (issue 16), on an index built by `ingest`. */
class FiguresCommandTest {

    @TempDir
    static Path dir;

    /** What a command printed on stdout and stderr, and its exit code. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static Run figures(String... filters) {
        String[] args = new String[filters.length + 3];
        args[0] = "figures";
        args[1] = "--index";
        args[2] = dir.resolve("index").toString();
        System.arraycopy(filters, 0, args, 3, filters.length);
        return run(args);
    }

    @BeforeAll
    static void ingest() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("board.md"), """
                ---
                date: 2023-08-01
                ---
                截至2023年6月底，科创板共有428家上市公司。

                去年，深圳研发经费投入强度为5.81%。杭州研发投入强度为3.86%。
                """);
        assertEquals(0, run("ingest", "--index", dir.resolve("index").toString(), "--corpus", corpus.toString()).code());
    }

    @Test
    void theTableHasASubjectTypeColumnAndRelativeYearsSayWhereTheyCameFrom() {
        Run r = figures();
        assertEquals(0, r.code(), r.err());
        String header = r.out().lines().findFirst().orElse("");
        assertTrue(header.contains("subject type"), header);
        assertTrue(r.out().contains("market"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("5.81") && l.contains("2022 (relative)")), r.out());
    }

    @Test
    void subjectTypeFilters() {
        Run market = figures("--subject-type", "market");
        assertTrue(market.out().contains("428") && market.out().contains("1 of 1 figures"), market.out());
        Run regions = figures("--subject-type", "region,region-group");
        assertFalse(regions.out().contains("428"), regions.out());
        assertTrue(regions.out().contains("2 of 2 figures"), regions.out());
        Run bad = figures("--subject-type", "planet");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("subjectType"), bad.err());
    }

    @Test
    void anIndicatorIsAConceptUnlessExact() {
        Run concept = figures("--indicator", "研发强度");
        assertTrue(concept.out().contains("5.81") && concept.out().contains("3.86"), concept.out());
        Run exact = figures("--indicator", "研发投入强度", "--exact");
        assertTrue(exact.out().contains("3.86") && !exact.out().contains("5.81"), exact.out());
    }
}
