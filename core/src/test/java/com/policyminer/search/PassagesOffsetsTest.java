package com.policyminer.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The highlighter reads a word start's offsets from the postings: given a prefix it would segment each hit's whole
 * text again (what made a search's CPU 86% highlighting), so it gets the words the prefix matched instead.
 */
class PassagesOffsetsTest {

    @Test
    void aWordStartReachesTheHighlighterAsTheWordsItMatched() throws Exception {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String text : new String[] {"发展 低空 经济带", "推动 低空 经济发展", "低空 飞行 经济"}) {
                    Document d = new Document();
                    d.add(new Field("body", text, withOffsets));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                Query wordStart = WordStart.of(new PhraseQuery("body", "低空", "经济")); // 低空 + 经济*
                assertEquals(true, hasMultiTermPart(wordStart), "the query as searched holds the prefix");

                Query highlighted = Passages.forPostings(s, wordStart);
                assertFalse(hasMultiTermPart(highlighted), highlighted.toString());
                Set<Term> terms = new HashSet<>();
                highlighted.visit(QueryVisitor.termCollector(terms));
                assertEquals(Set.of(new Term("body", "低空"), new Term("body", "经济"), new Term("body", "经济带"),
                        new Term("body", "经济发展")), terms);
                assertEquals(2, s.count(highlighted), "the same reports as the search: 低空|经济带, 低空|经济发展");
            }
        }
    }

    /** True when some part of the query matches terms by an automaton (a prefix, a wildcard). */
    private static boolean hasMultiTermPart(Query q) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }
}
