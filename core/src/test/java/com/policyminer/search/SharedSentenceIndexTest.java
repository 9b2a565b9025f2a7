package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.index.Schema;
import com.policyminer.index.SentenceRuns;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Figure;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed reports' figures with their sentences written once per run ({@code LuceneDocuments}): the sentence field
 * has words on a run's first figure only, the others point back at it, and a figure search by a word of a run's
 * sentence finds all of the run or none of it (as when each figure carried the words).
 */
class SharedSentenceIndexTest {

    @TempDir
    static Path dir;
    private static LuceneIndex index;
    private static Analyzers analyzers;

    @BeforeAll
    static void indexTheSeeds() throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        analyzers = new Analyzers(hanlp);
        index = new LuceneIndex(dir.resolve("index"), analyzers);
        for (String seed : List.of("000_f8820dc2aea3848d.txt", "001_a619ee9cd5a0211b.txt")) {
            index.upsert(pipeline.process(parser.parseBytes(Files.readAllBytes(Path.of("corpus", seed)), seed)));
        }
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<Figure> allFigures() throws Exception {
        FigureSearch figures = new FigureSearch(index.searchers(), index.analyzers(), RegionExpander.IDENTITY, new SearchSlots(1));
        return figures.search(FigureQuery.all(FigureQuery.MAX_SIZE)).figures().stream().map(FigureHit::figure).toList();
    }

    /** The runs of figures sharing a sentence, in each report's order (the search's order: document, then start). */
    private static List<List<Figure>> runs(List<Figure> figures) {
        List<List<Figure>> runs = new ArrayList<>();
        int[] back = SentenceRuns.leadOffsets(figures);
        for (int i = 0; i < figures.size(); i++) {
            if (back[i] == 0 || !figures.get(i).docId().equals(figures.get(i - 1).docId())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(figures.get(i));
        }
        return runs;
    }

    @Test
    void theSentenceIsInvertedOncePerRunAndTheOthersPointBack() throws Exception {
        List<Figure> figures = allFigures();
        List<List<Figure>> runs = runs(figures);
        assertTrue(runs.stream().anyMatch(r -> r.size() >= 3), "the seeds have 分别 lists");
        IndexSearcher s = index.searchers().acquire();
        try {
            int withWords = 0;
            int pointing = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(Schema.SENTENCE.fieldName());
                withWords += terms == null ? 0 : terms.getDocCount();
                NumericDocValues leads = leaf.reader().getNumericDocValues(Schema.SENTENCE_LEAD.fieldName());
                org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
                while (leads != null && leads.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
                    pointing++;
                    int lead = leads.docID() - (int) leads.longValue();
                    String own = stored.document(leads.docID()).get(Schema.ITEM_JSON.fieldName());
                    String first = stored.document(lead).get(Schema.ITEM_JSON.fieldName());
                    Figure f = com.policyminer.index.StoredJson.read(own, Figure.class);
                    Figure l = com.policyminer.index.StoredJson.read(first, Figure.class);
                    assertEquals(l.sentence(), f.sentence());
                    assertEquals(l.sentenceStart(), f.sentenceStart());
                    NumericDocValues ofLead = leaf.reader().getNumericDocValues(Schema.SENTENCE_LEAD.fieldName());
                    assertTrue(!ofLead.advanceExact(lead), "the run's first figure holds the words itself");
                }
            }
            long nonEmptyRuns = runs.stream().filter(r -> !r.get(0).sentence().isBlank()).count();
            assertEquals(nonEmptyRuns, withWords, "one document with the sentence's words per run");
            assertEquals(figures.size() - runs.size(), pointing, "every other figure of a run points back");
        } finally {
            index.searchers().release(s);
        }
    }

    @Test
    void aWordOfARunsSentenceFindsTheWholeRun() throws Exception {
        FigureSearch search = new FigureSearch(index.searchers(), index.analyzers(), RegionExpander.IDENTITY, new SearchSlots(1));
        int wholeRuns = 0;
        for (List<Figure> run : runs(allFigures())) {
            if (run.size() < 2) {
                continue;
            }
            String word = longestWord(run.get(0).sentence());
            FigureQuery q = new FigureQuery(word, List.of(), false, List.of(), "", false, null, null, "", "",
                    List.of(run.get(0).docId()), null, null, "document", 1, FigureQuery.MAX_SIZE);
            Set<String> found = new HashSet<>();
            search.search(q).figures().forEach(h -> found.add(key(h.figure())));
            long ofRun = run.stream().filter(f -> found.contains(key(f))).count();
            assertTrue(ofRun == 0 || ofRun == run.size(), word + ": " + ofRun + " of the " + run.size() + " figures of " + run.get(0).sentence());
            wholeRuns += ofRun == run.size() ? 1 : 0;
        }
        assertTrue(wholeRuns >= 5, "runs found by one of their words: " + wholeRuns);
    }

    private static String key(Figure f) {
        return f.docId() + "@" + f.start() + "@" + f.surface();
    }

    private static String longestWord(String sentence) throws Exception {
        String longest = "";
        try (TokenStream ts = analyzers.perField().tokenStream(Schema.SENTENCE.fieldName(), sentence)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > longest.length()) {
                    longest = term.toString();
                }
            }
            ts.end();
        }
        return longest;
    }
}
