package com.policyminer.bench;

import com.policyminer.model.ParsedDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The index of a baseline pipeline: path, title and body (stored, analyzed by one stock Lucene
 * analyzer), with the same writer settings and near-real-time refresh after each commit as ours.
 */
final class BaselineIndex implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    BaselineIndex(Path dir, Analyzer analyzer) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false));
        this.searchers = new SearcherManager(writer, null);
    }

    void upsert(ParsedDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("path", d.path(), Field.Store.YES));
        doc.add(new TextField("title", d.title(), Field.Store.YES));
        doc.add(new TextField("body", d.text(), Field.Store.YES));
        writer.updateDocument(new Term("path", d.path()), doc);
    }

    /** As our index does when a worker goes idle: the largest in-memory segment written out on this thread. */
    void flushBuffered() throws IOException {
        writer.flushNextBuffer();
    }

    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
