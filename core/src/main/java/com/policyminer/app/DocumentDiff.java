package com.policyminer.app;

import com.policyminer.extract.DocumentView;
import com.policyminer.model.Provenance;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.VersionDiff;

import java.io.IOException;

/**
 * What changed from one indexed file to another (a draft and its final, a repost, another file of
 * the same work): both files named, whether they are one work, and the {@link VersionDiff}. What
 * {@code GET /api/documents/{id}/diff?to=} and the {@code diff} command print.
 *
 * @param sameWork whether the two files are one work (else, at most linked versions or unrelated)
 */
public record DocumentDiff(Side from, Side to, boolean sameWork, VersionDiff.Result diff) {

    /** One of the two files. */
    public record Side(String id, String path, String fileName, String title, String format, String work) {
    }

    /** The diff from document {@code a} to {@code b}; {@link MissingDocument} when either is not in the index. */
    public static DocumentDiff of(Engine engine, String a, String b) throws IOException {
        DocumentView from = engine.reads().document(a).orElseThrow(() -> new MissingDocument(a));
        DocumentView to = engine.reads().document(b).orElseThrow(() -> new MissingDocument(b));
        WorkCatalog.View view = engine.reads().works();
        return new DocumentDiff(side(view, from), side(view, to), view.workOf(a).equals(view.workOf(b)),
                VersionDiff.of(from.text(), from.figures(), to.text(), to.figures()));
    }

    private static Side side(WorkCatalog.View view, DocumentView d) {
        Provenance p = view.provenance().get(d.id());
        String name = p != null && !p.fileName().isEmpty() ? p.fileName() : d.path().substring(d.path().lastIndexOf('/') + 1);
        return new Side(d.id(), d.path(), name, d.title(), d.format(), view.workOf(d.id()));
    }

    /** A document the diff was asked for is not in the index. */
    public static final class MissingDocument extends RuntimeException {
        private final String id;

        MissingDocument(String id) {
            super("no document with id " + id);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
