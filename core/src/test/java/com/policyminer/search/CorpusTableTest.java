package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonGroup;
import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.CooccurrenceLevel;
import com.policyminer.compare.DocumentMentions;
import com.policyminer.model.EntityType;
import com.policyminer.index.EntityFields;
import com.policyminer.compare.FigureComparator;
import com.policyminer.compare.KeyedFigures;
import com.policyminer.compare.MapCooccurrenceCounts;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison's corpus table (figures as rows without text, co-occurrence counted one report at a
 * time) gives the same answers as the whole corpus held in memory, as it was read before (issue 21),
 * and its compact counts those of the maps they replaced ({@link MapCooccurrenceCounts}): on the five
 * seeds and every search-evaluation excerpt.
 */
class CorpusTableTest {

    @TempDir
    static Path dir;
    private static LuceneIndex index;
    private static final FigureComparator COMPARATOR = FigureComparator.standard();
    private static final Cooccurrence COOCCURRENCE = Cooccurrence.standard();
    private static CorpusSnapshot.Data table;
    private static CorpusSnapshot snapshot;
    private static List<Figure> figures;
    private static List<DocumentMentions> documents;

    @BeforeAll
    static void indexAndRead() throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        index = new LuceneIndex(dir.resolve("index"), new Analyzers(hanlp));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("corpus")); Stream<Path> excerpts = Files.list(Path.of("core/src/test/resources/searcheval/docs"))) {
            files.addAll(seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            files.addAll(excerpts.sorted().toList());
        }
        for (Path file : files) {
            index.upsert(pipeline.process(parser.parseBytes(Files.readAllBytes(file), file.getFileName().toString())));
        }
        index.commit();
        snapshot = new CorpusSnapshot(index.searchers(), COMPARATOR, COOCCURRENCE);
        table = snapshot.get();
        IndexSearcher s = index.searchers().acquire();
        try {
            wholeCorpus(s);
        } finally {
            index.searchers().release(s);
        }
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.close();
        index.close();
    }

    @Test
    void comparisonsAreThoseOfTheWholeCorpusInMemory() {
        List<ComparisonGroup> expected = COMPARATOR.compare(figures, CompareFilter.ALL);
        List<ComparisonGroup> actual = COMPARATOR.compare(table.figures(), CompareFilter.ALL, null).stream()
                .map(ComparisonGroup::read).toList();
        assertTrue(expected.size() >= 3, "enough groups to compare: " + expected.size());
        assertEquals(expected, actual);
        for (String subject : List.of("西安", "北京", "陕西")) {
            CompareFilter f = CompareFilter.parse(subject, "", "");
            assertEquals(COMPARATOR.compare(figures, f), COMPARATOR.compare(table.figures(), f, null).stream()
                    .map(ComparisonGroup::read).toList(), subject);
        }
        CompareFilter rd = CompareFilter.parse("", "研发投入强度", "2020");
        assertEquals(COMPARATOR.compare(figures, rd), COMPARATOR.compare(table.figures(), rd, null).stream()
                .map(ComparisonGroup::read).toList());
    }

    @Test
    void conflictsAreThoseOfTheWholeCorpusInMemory() {
        var expected = COMPARATOR.conflicts(figures, CompareFilter.ALL, id -> id);
        assertFalse(expected.isEmpty());
        assertEquals(expected, COMPARATOR.conflicts(table.figures(), CompareFilter.ALL, id -> id));
        Set<String> two = Set.of(figures.get(0).docId(), documents.get(documents.size() - 1).docId());
        assertEquals(COMPARATOR.conflicts(figures.stream().filter(f -> two.contains(f.docId())).toList(), CompareFilter.ALL, id -> id),
                COMPARATOR.conflicts(table.figures().only(two), CompareFilter.ALL, id -> id));
    }

    @Test
    void theTableKeepsOnlyWhatTwoReportsShareAndNoText() {
        assertEquals(figures.size(), table.figures().figures());
        assertTrue(table.figures().kept() < figures.size(),
                table.figures().kept() + " rows kept of " + figures.size() + " figures");
        assertTrue(table.figures().kept() > 0);
    }

    @Test
    void everyCooccurrenceMatrixIsThatOfTheWholeCorpusInMemory() {
        for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
            for (EntityType a : EntityType.values()) {
                for (EntityType b : EntityType.values()) {
                    assertEquals(COOCCURRENCE.matrix(a, b, level, documents), table.matrices().matrix(a, b, level),
                            a + " " + b + " " + level);
                }
            }
        }
        assertFalse(table.matrices().matrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.SENTENCE).cells().isEmpty());
    }

    @Test
    void everyCooccurrenceMatrixIsThatOfThePreviousMapCounts() {
        MapCooccurrenceCounts previous = new MapCooccurrenceCounts();
        documents.forEach(previous::add);
        for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
            for (EntityType a : EntityType.values()) {
                for (EntityType b : EntityType.values()) {
                    assertEquals(previous.matrix(a, b, level), table.matrices().matrix(a, b, level), a + " " + b + " " + level);
                }
            }
        }
        assertTrue(table.matrices().pairs() > 100, "pairs counted: " + table.matrices().pairs());
    }

    @Test
    void theTableHoldsTwentySixBytesARowBesideTheDocumentIdsAndMeasures() {
        KeyedFigures t = table.figures();
        long ids = documents.stream().mapToLong(d -> 24 + 16 + d.docId().length() + 4).sum();
        assertTrue(t.bytes() <= 26L * t.kept() + 4L * (t.keys() + 1) + ids + 27L * 2 * t.measures() + 8_192,
                t.bytes() + " bytes for " + t.kept() + " rows, " + t.keys() + " keys");
    }

    @Test
    void partnersAreCountedFromTheReportsThatMentionTheEntity() throws Exception {
        for (String region : List.of("西安", "北京市", "安徽")) {
            var expected = COOCCURRENCE.partners(region, EntityType.REGION, documents, null, 20, 3);
            assertTrue(expected.found(), region);
            assertEquals(expected, COOCCURRENCE.partners(region, EntityType.REGION,
                    snapshot.documentsMentioning(region, EntityType.REGION), null, 20, 3), region);
        }
        assertTrue(snapshot.documentsMentioning("没有这个地方", EntityType.REGION).isEmpty());
    }

    /** The corpus as the comparison read it before: every figure and every report's text and mentions. */
    private static void wholeCorpus(IndexSearcher s) throws Exception {
        int n = Math.max(1, s.getIndexReader().maxDoc());
        figures = new ArrayList<>();
        for (ScoreDoc sd : s.search(type(Schema.TYPE_FIGURE), n).scoreDocs) {
            figures.add(StoredJson.read(s.storedFields().document(sd.doc).get(Schema.ITEM_JSON.fieldName()), Figure.class));
        }
        Map<String, List<Mention>> mentions = new HashMap<>();
        for (ScoreDoc sd : s.search(type(Schema.TYPE_EXTRACTION), n).scoreDocs) {
            Document d = s.storedFields().document(sd.doc);
            List<Mention> all = new ArrayList<>();
            for (EntityType t : EntityType.values()) {
                String json = d.get(EntityFields.mentions(t).fieldName());
                if (json != null) {
                    all.addAll(MentionSearch.read(json, t, d.get(Schema.DOC_ID.fieldName())));
                }
            }
            all.sort(Comparator.comparingInt(Mention::start));
            mentions.put(d.get(Schema.DOC_ID.fieldName()), all);
        }
        // by path, as the partners' reports are read (the examples shown first come from the first reports)
        Map<String, DocumentMentions> byPath = new java.util.TreeMap<>();
        for (ScoreDoc sd : s.search(type(Schema.TYPE_REPORT), n).scoreDocs) {
            Document d = s.storedFields().document(sd.doc);
            String id = d.get(Schema.DOC_ID.fieldName());
            byPath.put(d.get(Schema.PATH.fieldName()), new DocumentMentions(id, d.get(Schema.TITLE.fieldName()),
                    d.get(Schema.BODY.fieldName()), mentions.getOrDefault(id, List.of())));
        }
        documents = new ArrayList<>(byPath.values());
    }

    private static TermQuery type(String type) {
        return new TermQuery(new Term(Schema.TYPE.fieldName(), type));
    }
}
