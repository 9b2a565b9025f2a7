package com.policyminer.bench;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.extract.figures.FigureExtractor;
import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.extract.policy.PolicyExtractor;
import com.policyminer.extract.region.RegionExtractor;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Mention;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractors on text they were not written for: 150 reports recombined from the seeds (regions
 * swapped, numbers and years perturbed), including report 62 of the benchmark corpus (same seed), where a figure-year bug once threw. No extractor
 * may throw, and every mention's offsets must lie inside the text and match its surface.
 */
@Tag("slow")
class GeneratedCorpusExtractionTest {

    @TempDir
    Path dir;

    @Test
    void extractorsNeverThrowAndOffsetsHold() throws Exception {
        List<Path> files = new CorpusGenerator(SeedText.read(Path.of("corpus")), 20261121).write(dir, 0, 150);
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard());
        RegionExtractor regions = RegionExtractor.standard();
        OrganizationExtractor orgs = OrganizationExtractor.standard();
        PolicyExtractor policies = PolicyExtractor.standard();
        FigureExtractor figures = FigureExtractor.standard();
        int mentions = 0;
        for (Path f : files) {
            AnalyzedDocument doc = pipeline.analyze(new TikaDocumentParser().parse(f, f.getFileName().toString()));
            var r = regions.extract(doc);
            var o = orgs.extract(doc);
            List<Mention> all = new ArrayList<>(r);
            all.addAll(o);
            all.addAll(policies.extract(doc, o, r));
            all.addAll(figures.extract(doc, r, o));
            for (Mention m : all) {
                assertTrue(m.start() >= 0 && m.end() <= doc.text().length(), f + ": " + m);
                assertEquals(m.surface(), doc.text().substring(m.start(), m.end()), f + ": " + m);
            }
            mentions += all.size();
        }
        assertTrue(mentions > 150 * 50, "mentions found: " + mentions);
    }
}
