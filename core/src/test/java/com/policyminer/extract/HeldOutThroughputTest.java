package com.policyminer.extract;

import com.policyminer.extract.figures.FigureExtractor;
import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.extract.policy.PolicyExtractor;
import com.policyminer.extract.region.RegionExtractor;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.RegionMention;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prints how fast each extractor runs over about 1 MB of report text (the seeds and the held-out
 * reports, concatenated until the text is long enough). No timed assertion: run it on demand with
 * {@code mvn -o -q test -Dtest=HeldOutThroughputTest -Dthroughput=true} and read the chars/s
 * (-Dthroughput.chars=N for another size: chars/s that fall as N grows mean a super-linear step).
 */
@EnabledIfSystemProperty(named = "throughput", matches = "true")
class HeldOutThroughputTest {

    private static final int TARGET_CHARS = Integer.getInteger("throughput.chars", 1 << 20);

    @Test
    void extractorsOverOneMegabyte() throws Exception {
        StringBuilder all = new StringBuilder();
        TikaDocumentParser parser = new TikaDocumentParser();
        List<Path> files;
        try (Stream<Path> seeds = Files.list(Path.of("corpus")); Stream<Path> heldOut = Files.list(HeldOutScoreTest.REPORTS)) {
            files = Stream.concat(seeds, heldOut).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = files.stream().map(f -> {
            try {
                return parser.parse(f, f.getFileName().toString()).text();
            } catch (Exception e) {
                throw new IllegalStateException(f.toString(), e);
            }
        }).toList();
        while (all.length() < TARGET_CHARS) {
            texts.forEach(t -> all.append(t).append('\n'));
        }
        String text = all.toString();
        ParsedDocument doc = new ParsedDocument("bench", "bench.txt", "bench", null, "txt", "text/plain",
                text.length(), null, text, null, null);
        AnalyzedDocument analyzed = new AnalyzedDocument(doc, List.of());
        RegionExtractor regions = RegionExtractor.standard();
        OrganizationExtractor orgs = OrganizationExtractor.standard();
        List<RegionMention> r = time("regions", text.length(), () -> regions.extract(analyzed));
        List<OrganizationMention> o = time("organizations", text.length(), () -> orgs.extract(analyzed));
        time("policies", text.length(), () -> PolicyExtractor.standard().extract(analyzed, o, r));
        time("figures", text.length(), () -> FigureExtractor.standard().extract(analyzed, r, o));
        Extraction e = time("all (Extractors.extract)", text.length(), () -> Extractors.standard().extract(analyzed));
        assertFalse(e.figures().isEmpty());
    }

    /** Best of three runs after a warm-up (the machine is shared, so the best is the least disturbed). */
    private static <T> T time(String what, int chars, Supplier<T> run) {
        run.get();
        T out = null;
        double best = Double.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            out = run.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("throughput %-26s %,d chars in %.2f s = %,.0f chars/s%n", what, chars, best, chars / best);
        return out;
    }
}
