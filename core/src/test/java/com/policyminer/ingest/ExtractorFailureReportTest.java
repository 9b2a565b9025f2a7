package com.policyminer.ingest;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.index.IndexedReport;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report an extractor fails on is still indexed, and says so by name and reason: its ingest or upload result
 * carries an {@code extraction_failed} warning (a generated text once lost all its figures to an unreadable
 * numeral, with only a log line to show for it).
 */
class ExtractorFailureReportTest {

    @Test
    void aFailedExtractorIsAWarningOfTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("r.txt"), "2022年，西安市研发投入强度为5.05%。\n");
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard());
        IndexedReport report = pipeline.process(file, "r.txt");
        assertEquals("", CorpusIngest.warnings(report), "a clean report has no warning");
        Extraction x = report.extraction();
        IndexedReport failed = new IndexedReport(report.analyzed(), new Extraction(x.regions(), x.organizations(),
                x.policies(), List.of(), List.of("figures: NumberFormatException: two digits without a place: 二一")),
                report.fingerprint());
        String warning = CorpusIngest.warnings(failed);
        assertTrue(warning.startsWith("extraction_failed: "), warning);
        assertTrue(warning.contains("figures: NumberFormatException"), warning);
    }

    @Test
    void pagesKeepTheFailures() {
        Extraction x = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of("policies: IllegalStateException"));
        var page = new com.policyminer.model.Page(1, "1", 0, 10, 0, 0, List.of());
        assertEquals(x.failures(), com.policyminer.extract.PageNumbers.assign(x, List.of(page)).failures());
    }
}
