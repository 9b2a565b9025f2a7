package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import com.policyminer.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusIngestTest {

    @TempDir
    Path dir;

    private Path corpusWithSeeds() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var seeds = Files.list(Path.of("corpus"))) {
            for (Path p : seeds.filter(p -> p.getFileName().toString().startsWith("00")).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return corpus;
    }

    private static long hits(Engine e, String q) throws Exception {
        return e.reads().search(SearchRequest.of(q, 10)).total();
    }

    @Test
    void reIngestIsIdempotentAndFollowsChangesAndRemovals() throws Exception {
        Path corpus = corpusWithSeeds();
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport first = e.ingest().run(corpus, null);
            assertEquals(5, first.count(IngestOutcome.INDEXED));
            assertEquals(5, first.seen());

            IngestReport second = e.ingest().run(corpus, null);
            assertEquals(5, second.count(IngestOutcome.UNCHANGED));
            assertEquals(5, e.reads().documents().size());

            Path changed = corpus.resolve("003_b94fa3ae733f63a0.txt");
            Files.writeString(changed, Files.readString(changed) + "\n新增段落：量子信息独家测试词汇鲲鹏计划。\n");
            Files.delete(corpus.resolve("002_62e1a830fce91b89.txt"));
            Files.copy(corpus.resolve("000_f8820dc2aea3848d.txt"), corpus.resolve("copy of 000.txt"));
            IngestReport third = e.ingest().run(corpus, null);
            assertEquals(1, third.count(IngestOutcome.UPDATED));
            assertEquals(1, third.count(IngestOutcome.REMOVED));
            assertEquals(1, third.count(IngestOutcome.SKIPPED_DUPLICATE));
            assertEquals(3, third.count(IngestOutcome.UNCHANGED));
            assertEquals(5, third.seen(), "counts add up to the files seen");
            assertEquals(4, e.reads().documents().size());
            assertEquals(1, hits(e, "鲲鹏计划"));
            assertEquals(0, hits(e, "title:多地争创科创中心"));
            assertEquals(1, segments(e), "a small index is merged into one segment after a run that changed it");
        }
    }

    private static int segments(Engine e) throws java.io.IOException {
        var s = e.embeddedIndex().searchers().acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            e.embeddedIndex().searchers().release(s);
        }
    }

    /** A copy that sorts before the indexed original must not make the content indexed twice. */
    @Test
    void aDuplicateIsIndexedOnceWhicheverPathSortsFirst() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("dups"));
        Files.copy(Path.of("corpus/003_b94fa3ae733f63a0.txt"), corpus.resolve("b.txt"));
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            assertEquals(1, e.ingest().run(corpus, null).count(IngestOutcome.INDEXED));
            Files.copy(corpus.resolve("b.txt"), corpus.resolve("a.txt"));
            IngestReport r = e.ingest().run(corpus, null);
            assertEquals(1, r.count(IngestOutcome.UNCHANGED));
            assertEquals(1, r.count(IngestOutcome.SKIPPED_DUPLICATE));
            assertEquals(1, e.reads().documentCount());
            assertEquals(1, hits(e, "浦江创新论坛"));
            Files.delete(corpus.resolve("b.txt"));
            IngestReport after = e.ingest().run(corpus, null);
            assertEquals(1, after.count(IngestOutcome.INDEXED), "the copy takes over when the original goes");
            assertEquals(1, after.count(IngestOutcome.REMOVED));
            assertEquals(1, e.reads().documentCount());
        }
    }

    /** A cursor holds sort values and a document id, not Lucene's doc number: it survives index changes. */
    @Test
    void cursorsKeepWorkingWhileTheIndexChanges() throws Exception {
        Path corpus = corpusWithSeeds();
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            e.ingest().run(corpus, null);
            java.util.List<String> seen = new java.util.ArrayList<>();
            var first = e.reads().search(new SearchRequest("科技", "auto", 1, 1, null, java.util.List.of(), null, null,
                    "relevance", java.util.List.of(), false, java.util.List.of(), java.util.List.of()));
            first.hits().forEach(h -> seen.add(h.id()));
            Path changed = corpus.resolve("002_62e1a830fce91b89.txt");
            Files.writeString(changed, Files.readString(changed) + "\n<p>补充一段。</p>\n");
            e.ingest().run(corpus, null); // the update moves documents inside Lucene
            String cursor = first.nextCursor();
            while (cursor != null) {
                var page = e.reads().search(new SearchRequest("科技", "auto", 1, 1, cursor, java.util.List.of(), null, null,
                        "relevance", java.util.List.of(), false, java.util.List.of(), java.util.List.of()));
                page.hits().forEach(h -> seen.add(h.id()));
                cursor = page.nextCursor();
            }
            assertTrue(seen.size() >= 4, seen.toString());
            assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no hit twice: " + seen);
        }
    }

    @Test
    void aCorruptFileIsReportedAndTheRestIndexed() throws Exception {
        Path corpus = corpusWithSeeds();
        Files.write(corpus.resolve("broken.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport r = e.ingest().run(corpus, null);
            assertEquals(7, r.seen());
            assertEquals(5, r.count(IngestOutcome.INDEXED));
            assertEquals(1, r.count(IngestOutcome.FAILED_CORRUPT));
            assertEquals(1, r.count(IngestOutcome.SKIPPED_EMPTY));
            FileResult broken = r.failures().stream().filter(f -> f.path().equals("broken.pdf")).findFirst().orElseThrow();
            assertTrue(broken.message().length() > 10, broken.message());
            assertEquals(5, e.reads().documents().size());
            assertTrue(hits(e, "研发投入强度") >= 2);
        }
    }
}
