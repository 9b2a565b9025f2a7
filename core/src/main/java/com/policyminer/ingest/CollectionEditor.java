package com.policyminer.ingest;

import com.policyminer.index.IndexBackend;
import com.policyminer.index.IndexedReport;
import com.policyminer.parse.ParseFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts a report into collections and gives it tags: they are written to the file's {@link Sidecar}
 * (so every later ingest, a rebuild included, keeps them) and the report is indexed again with them.
 * The caller holds the write lock.
 */
public final class CollectionEditor {

    private final DocumentPipeline pipeline;
    private final IndexBackend index;
    private final Path corpus;

    public CollectionEditor(DocumentPipeline pipeline, IndexBackend index, Path corpus) {
        this.pipeline = pipeline;
        this.index = index;
        this.corpus = corpus.toAbsolutePath().normalize();
    }

    /**
     * Sets the collections and tags of the report indexed at {@code path} (a path from the index,
     * never a client's), then re-indexes and commits it.
     *
     * @param collections its collections instead of its folders (empty: none), or null to keep them
     * @param tags        its tags, or null to keep them
     * @return the sidecar written
     */
    public Sidecar set(String path, List<String> collections, List<String> tags) throws IOException, ParseFailure {
        Path file = corpus.resolve(path).normalize();
        if (!file.startsWith(corpus) || !Files.isRegularFile(file)) {
            throw new IOException("the file of " + path + " is no longer in the corpus");
        }
        Sidecar current = Sidecar.read(file).orElse(new Sidecar(null, null, null));
        Sidecar updated = current.withCollections(collections, tags);
        IndexedReport report = pipeline.process(file, path, updated);
        updated.write(file);
        index.upsert(report);
        index.commit();
        return updated;
    }
}
