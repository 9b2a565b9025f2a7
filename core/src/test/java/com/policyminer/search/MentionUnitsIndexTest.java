package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.CooccurrenceLevel;
import com.policyminer.compare.MapCooccurrenceCounts;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.IndexedReport;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.Schema;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.EntityType;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-occurrence from the mention units kept at ingest ({@link Schema#MENTION_UNITS}) is what it was from the reports'
 * texts, and an index written before they were kept (no report has them, some segments have none, or a segment merged
 * from both) still gives the same matrices, its texts read instead.
 */
class MentionUnitsIndexTest {

    @TempDir
    static Path dir;
    private static final List<IndexedReport> REPORTS = new ArrayList<>();
    private static final MapCooccurrenceCounts FROM_TEXTS = new MapCooccurrenceCounts();

    @BeforeAll
    static void analyze() throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("corpus")); Stream<Path> excerpts = Files.list(Path.of("core/src/test/resources/searcheval/docs"))) {
            files.addAll(seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            files.addAll(excerpts.sorted().toList());
        }
        for (Path file : files) {
            REPORTS.add(pipeline.process(parser.parseBytes(Files.readAllBytes(file), file.getFileName().toString())));
        }
        for (IndexedReport r : REPORTS) {
            FROM_TEXTS.add(com.policyminer.compare.DocumentMentions.of(r.analyzed().document().id(), r.analyzed().document().title(),
                    r.analyzed().document().text(), r.extraction()));
        }
    }

    @Test
    void everyReportKeepsItsUnits() throws Exception {
        assertSameMatrices(write("all", i -> true, false), "every report keeps its units");
    }

    @Test
    void anIndexFromBeforeIsReadFromItsTexts() throws Exception {
        assertSameMatrices(write("none", i -> false, false), "no report keeps its units");
    }

    @Test
    void segmentsOfBothKindsAndOneMergedFromBoth() throws Exception {
        assertSameMatrices(write("segments", i -> i % 2 == 0, false), "every other report keeps its units, a segment each");
        assertSameMatrices(write("merged", i -> i % 3 != 0, true), "one segment, a third without units");
    }

    /**
     * An index of the reports as {@link LuceneDocuments} makes them, without the mention units where {@code keeps} says
     * not (as an older build wrote them), committed after each report that keeps them changes to one that does not.
     */
    private static Path write(String name, IntPredicate keeps, boolean forceMerge) throws IOException {
        Path at = dir.resolve(name);
        LuceneDocuments documents = new LuceneDocuments(new HanLPAnalyzer());
        try (FSDirectory d = FSDirectory.open(at);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new Analyzers(new HanLPAnalyzer()).perField())
                     .setMergePolicy(forceMerge ? new org.apache.lucene.index.TieredMergePolicy() : org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < REPORTS.size(); i++) {
                List<Document> block = documents.block(REPORTS.get(i));
                if (!keeps.test(i)) {
                    block.forEach(doc -> doc.removeFields(Schema.MENTION_UNITS.fieldName()));
                }
                w.updateDocuments(new Term(Schema.PATH.fieldName(), REPORTS.get(i).analyzed().document().path()), block);
                if (i + 1 < REPORTS.size() && keeps.test(i) != keeps.test(i + 1)) {
                    w.commit();
                }
            }
            w.commit();
            if (forceMerge) {
                w.forceMerge(1);
                w.commit();
            }
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(w)) {
                assertTrue(forceMerge ? r.leaves().size() == 1 : r.leaves().size() > 1 || keeps.test(0) == keeps.test(1), name + ": " + r.leaves().size() + " segments");
            }
        }
        return at;
    }

    private static void assertSameMatrices(Path index, String what) throws Exception {
        try (FSDirectory d = FSDirectory.open(index)) {
            SearcherManager searchers = new SearcherManager(d, null);
            try {
                CorpusSource.Version version = new LuceneCorpus(searchers).current();
                Cooccurrence.Matrices matrices = Cooccurrence.standard().matrices();
                try {
                    version.mentionUnits(matrices::add);
                } finally {
                    version.release();
                }
                matrices.done();
                assertEquals(REPORTS.size(), matrices.documents(), what);
                assertTrue(matrices.pairs() > 100, what + ": pairs counted " + matrices.pairs());
                for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                    for (EntityType a : EntityType.values()) {
                        for (EntityType b : EntityType.values()) {
                            assertEquals(FROM_TEXTS.matrix(a, b, level), matrices.matrix(a, b, level), what + ": " + a + " " + b + " " + level);
                        }
                    }
                }
            } finally {
                searchers.close();
            }
        }
    }
}
