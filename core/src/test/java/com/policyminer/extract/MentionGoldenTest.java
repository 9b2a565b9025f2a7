package com.policyminer.extract;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The region, organization and policy mentions of the seed reports, the held-out reports and the real texts, each
 * mention as its JSON (surface, normalized form, offsets, rule …), one a line, against the golden files in
 * {@code golden/mentions}: a change made for speed (issue 18) must find exactly what was found before. A change
 * meant to move results rewrites them with {@code -Dgolden.rewrite=true}, and the diff is the review. (Figures
 * have their own gold tests.)
 */
class MentionGoldenTest {

    static final Path GOLDEN = Path.of("core/src/test/resources/golden/mentions");
    static final List<Path> FOLDERS = List.of(Path.of("corpus"), Path.of("core/src/test/resources/heldout/reports"),
            Path.of("core/src/test/resources/realtext"));

    @Test
    void mentionsAreTheGoldenOnes() throws Exception {
        Extractors extractors = Extractors.standard();
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), extractors);
        boolean rewrite = Boolean.getBoolean("golden.rewrite");
        int files = 0;
        int mentions = 0;
        List<String> differ = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    AnalyzedDocument doc = pipeline.analyze(pipeline.parser().parse(f, f.getFileName().toString()));
                    Extraction x = extractors.extract(doc);
                    List<String> lines = new ArrayList<>();
                    x.regions().forEach(m -> lines.add(StoredJson.write(m)));
                    x.organizations().forEach(m -> lines.add(StoredJson.write(m)));
                    x.policies().forEach(m -> lines.add(StoredJson.write(m)));
                    String found = String.join("\n", lines) + "\n";
                    Path golden = GOLDEN.resolve(f.getFileName().toString().replace(".txt", ".jsonl"));
                    if (rewrite) {
                        Files.createDirectories(GOLDEN);
                        Files.writeString(golden, found);
                    } else if (!Files.exists(golden) || !Files.readString(golden).equals(found)) {
                        differ.add(f.toString());
                    }
                    files++;
                    mentions += lines.size();
                }
            }
        }
        assertTrue(files >= 20, "seeds, held-out reports and real texts read: " + files);
        assertTrue(mentions > 1000, "mentions found: " + mentions);
        assertEquals(List.of(), differ, "mentions differ from golden/mentions (rewrite with -Dgolden.rewrite=true and review the diff)");
    }
}
