package com.policyminer.extract;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.ingest.Sidecar;
import com.policyminer.model.Figure;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure (all its fields) that ingest extracts from the texts the quality tests score — the seed reports, the
 * held-out reports, the figure held-out set (figtext, with its dates) and the real-text set — compared line by line
 * with {@code golden/figures/outputs.txt}. A change meant to make extraction faster must leave this file as it is;
 * a change meant to move figures rewrites it ({@code -Dgolden.rewrite=true}) and the diff is the review.
 */
class FigureOutputGoldenTest {

    static final Path GOLDEN = Path.of("core/src/test/resources/golden/figures/outputs.txt");
    static final Path HELD_OUT = Path.of("core/src/test/resources/heldout");

    @Test
    void figuresAreExactlyTheGoldenOnes() throws Exception {
        Extractors extractors = Extractors.standard();
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), extractors);
        List<String> lines = new ArrayList<>();
        for (Path f : sorted(Path.of("corpus"))) {
            add(lines, "seed " + f.getFileName(), pipeline, extractors, parse(pipeline, f, null));
        }
        for (Path f : sorted(HELD_OUT.resolve("reports"))) {
            add(lines, "heldout " + f.getFileName(), pipeline, extractors, parse(pipeline, f, null));
        }
        for (String[] row : rows(HELD_OUT.resolve("figtext/documents.tsv"))) {
            Path f = RealTextFigureScoreTest.withoutProvenance(HELD_OUT.resolve("figtext/texts").resolve(row[1]));
            add(lines, "figtext " + row[0], pipeline, extractors, parse(pipeline, f, LocalDate.parse(row[2])));
        }
        for (String[] row : rows(HELD_OUT.resolve("realtext/documents.tsv"))) {
            Path f = Path.of("core/src/test/resources/realtext").resolve(row[1]);
            add(lines, "realtext " + row[0], pipeline, extractors, parse(pipeline, f, null));
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.rewrite")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertTrue(lines.size() > 1200, "figures over the four sets: " + lines.size());
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        // line by line first, so a failure names the first figure that moved rather than printing two whole files
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            assertEquals(expected.get(i), lines.get(i), "figure line " + (i + 1) + " of " + GOLDEN);
        }
        assertEquals(expected.size(), lines.size(), "figure lines in " + GOLDEN);
    }

    private static ParsedDocument parse(DocumentPipeline pipeline, Path f, LocalDate date) throws Exception {
        ParsedDocument d = pipeline.parser().parse(f, f.getFileName().toString());
        return date == null ? d : new Sidecar(null, null, date).applyTo(d);
    }

    private static void add(List<String> lines, String name, DocumentPipeline pipeline, Extractors extractors,
                            ParsedDocument d) {
        for (Figure f : extractors.extract(pipeline.analyze(d)).figures()) {
            // the sentence (up to 800 characters) as its length and hash, and no document id (the name says which): the
            // file stays small, a change still shows
            String sentence = "sentence=" + f.sentence().length() + "/" + Integer.toHexString(f.sentence().hashCode());
            lines.add(name + "\t" + f.toString().replace("docId=" + f.docId() + ", ", "")
                    .replace("sentence=" + f.sentence(), sentence).replace("\n", "\\n"));
        }
    }

    private static List<Path> sorted(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String[]> rows(Path tsv) throws Exception {
        return Files.readAllLines(tsv).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).toList();
    }
}
