package com.policyminer.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Near-real-time searchers over whichever writer is current: Lucene's {@code SearcherManager}
 * stays bound to the writer it was made with, so after a writer that died (an OutOfMemoryError
 * closes it) is replaced, searches would keep failing. Here a refresh opens a reader from the new
 * writer; until then the last reader keeps answering.
 */
final class WriterSearchers extends ReferenceManager<IndexSearcher> {

    private final Supplier<IndexWriter> writer;
    /** The writer the current reader comes from (refreshes run one at a time). */
    private IndexWriter readerWriter;

    WriterSearchers(Supplier<IndexWriter> writer) throws IOException {
        this.writer = writer;
        this.readerWriter = writer.get();
        this.current = new IndexSearcher(DirectoryReader.open(readerWriter));
    }

    @Override
    protected IndexSearcher refreshIfNeeded(IndexSearcher old) throws IOException {
        IndexWriter w = writer.get();
        DirectoryReader reader = (DirectoryReader) old.getIndexReader();
        DirectoryReader next = w == readerWriter ? DirectoryReader.openIfChanged(reader) : DirectoryReader.open(w);
        if (next == null) {
            return null;
        }
        readerWriter = w;
        return new IndexSearcher(next);
    }

    @Override
    protected boolean tryIncRef(IndexSearcher s) {
        return s.getIndexReader().tryIncRef();
    }

    @Override
    protected void decRef(IndexSearcher s) throws IOException {
        s.getIndexReader().decRef();
    }

    @Override
    protected int getRefCount(IndexSearcher s) {
        return s.getIndexReader().getRefCount();
    }
}
