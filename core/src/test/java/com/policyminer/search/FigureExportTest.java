package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures export (the CSV download): paged matching in search slots, rows written outside them (issue 21). */
class FigureExportTest {

    @TempDir
    static Path dir;
    private static LuceneIndex index;

    @BeforeAll
    static void indexTheSeeds() throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        index = new LuceneIndex(dir.resolve("index"), new Analyzers(hanlp));
        for (String seed : List.of("000_f8820dc2aea3848d.txt", "001_a619ee9cd5a0211b.txt")) {
            Path file = Path.of("corpus", seed);
            index.upsert(pipeline.process(parser.parseBytes(Files.readAllBytes(file), seed)));
        }
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<String> keys(List<FigureHit> hits) {
        return hits.stream().map(h -> h.figure().docId() + "@" + h.figure().start()).toList();
    }

    @Test
    void pagesOfTheExportGiveTheSameRowsInTheSameOrderAsOneSearch() throws Exception {
        FigureSearch figures = new FigureSearch(index.searchers(), index.analyzers(), RegionExpander.IDENTITY, new SearchSlots(1));
        FigureResult all = figures.search(FigureQuery.all(FigureQuery.MAX_SIZE));
        assertTrue(all.total() > 50, "the seeds have many figures: " + all.total());
        figures.exportPage = 7; // many pages: search-after across page boundaries
        List<FigureHit> exported = new ArrayList<>();
        long[] total = {-1};
        FigureExport e = figures.export(FigureQuery.all(1), 0, Long.MAX_VALUE, new FigureSink() {
            @Override
            public void total(long t) {
                total[0] = t;
            }

            @Override
            public void accept(FigureHit hit) {
                exported.add(hit);
            }
        });
        assertEquals(all.total(), total[0]);
        assertEquals(all.total(), e.total());
        assertEquals(all.total(), e.written());
        assertEquals(keys(all.figures()), keys(exported));

        List<FigureHit> window = new ArrayList<>();
        FigureExport part = figures.export(FigureQuery.all(1), 10, 15, window::add);
        assertEquals(15, part.written());
        assertEquals(keys(all.figures()).subList(10, 25), keys(window), "offset and limit across pages");
    }

    @Test
    void theExportHoldsNoSlotWhileItWritesItsRows() throws Exception {
        SearchSlots slots = new SearchSlots(1); // one slot: a search during the export runs only if the export gave it back
        FigureSearch figures = new FigureSearch(index.searchers(), index.analyzers(), RegionExpander.IDENTITY, slots);
        figures.exportPage = 10;
        int[] rows = {0};
        long[] searchedDuringExport = {-1};
        figures.export(FigureQuery.all(1), 0, Long.MAX_VALUE, hit -> {
            if (++rows[0] == 15) { // mid-export, on the second page: a slow client
                CompletableFuture<FigureResult> other = CompletableFuture.supplyAsync(() -> {
                    try {
                        return figures.search(FigureQuery.all(3));
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
                try {
                    searchedDuringExport[0] = other.get(10, TimeUnit.SECONDS).total();
                } catch (Exception ex) {
                    throw new AssertionError("a search during the export did not run: " + ex, ex);
                }
            }
        });
        assertTrue(rows[0] > 20);
        assertTrue(searchedDuringExport[0] > 0, "another search ran while the export was writing");
        assertEquals(0, slots.waiting());
    }

    @Test
    void csvRowsAreTheSameWrittenOneByOneOrAllAtOnce() throws Exception {
        FigureSearch figures = new FigureSearch(index.searchers(), index.analyzers(), RegionExpander.IDENTITY, new SearchSlots(1));
        List<FigureHit> hits = figures.search(FigureQuery.all(40)).figures();
        StringBuilder streamed = new StringBuilder();
        FigureCsv.header(streamed);
        hits.forEach(h -> FigureCsv.row(streamed, h));
        assertEquals(FigureCsv.write(hits), streamed.toString());
        assertEquals(41, streamed.toString().split("\r\n").length);
    }
}
