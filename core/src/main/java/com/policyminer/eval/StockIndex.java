package com.policyminer.eval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stock Lucene peer, as a newcomer would build it in sixty lines: one analyzed body field, the classic
 * query parser with its default OR, each whitespace-separated chunk of the query as a quoted phrase.
 * In memory; built once from the same texts our index reads.
 */
public final class StockIndex implements AutoCloseable {

    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** @param texts document name → its text */
    public StockIndex(Analyzer analyzer, Map<String, String> texts) throws IOException {
        this.analyzer = analyzer;
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                Document d = new Document();
                d.add(new StringField("name", e.getKey(), Field.Store.YES));
                d.add(new TextField("body", e.getValue(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** The top {@code k} document names for a plain query, best first. */
    public List<String> search(String q, int k) throws IOException {
        StringBuilder phrases = new StringBuilder();
        for (String chunk : q.replace("\"", " ").strip().split("[\\s\u3000]+")) {
            if (!chunk.isEmpty()) {
                phrases.append('"').append(QueryParser.escape(chunk)).append("\" ");
            }
        }
        Query query;
        try {
            query = new QueryParser("body", analyzer).parse(phrases.toString());
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse " + q, e);
        }
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, k).scoreDocs) {
            out.add(searcher.storedFields().document(sd.doc).get("name"));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
