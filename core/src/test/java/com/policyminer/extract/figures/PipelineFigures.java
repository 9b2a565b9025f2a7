package com.policyminer.extract.figures;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Figure;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test helper: the figures of a text run through the whole pipeline as ingest runs it (HanLP, every extractor). */
final class PipelineFigures {

    private static final Extractors EXTRACTORS = Extractors.standard();
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(),
            EXTRACTORS);

    private PipelineFigures() {
    }

    /** The figures of {@code text} in a report dated {@code date} (null: a report without a date). */
    static List<Figure> of(String text, LocalDate date) {
        return extraction(text, date).figures();
    }

    /** Everything extracted from {@code text}. */
    static Extraction extraction(String text, LocalDate date) {
        return extraction("", text, date);
    }

    /** Everything extracted from {@code text}, in a report titled {@code title}. */
    static Extraction extraction(String title, String text, LocalDate date) {
        ParsedDocument d = new ParsedDocument("doc", "doc.txt", title, date, "txt", "text/plain", text.length(), Map.of(),
                text, List.of(), List.of());
        return EXTRACTORS.extract(PIPELINE.analyze(d));
    }

    static List<Figure> of(String text) {
        return of(text, null);
    }
}
