package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import com.policyminer.extract.DocumentView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a sidecar says of a corpus file reaches the index; a broken sidecar loses nothing but itself. */
class SidecarTest {

    @Test
    void aClientsFileNameBecomesADisplayNameOnly() {
        assertEquals("passwd.txt", Sidecar.displayName("../../../etc/passwd.txt"));
        assertEquals("报告.pdf", Sidecar.displayName("C:\\Users\\x\\报告.pdf"));
        assertEquals("a b.txt", Sidecar.displayName("a\r\nb.txt").replace("  ", " "));
        assertNull(Sidecar.displayName("folder/"));
        assertNull(Sidecar.displayName(null));
        assertEquals(255, Sidecar.displayName("长".repeat(400) + ".txt").length());
    }

    @Test
    void sidecarsWrittenBesideCorpusFilesAreReadByIngestAndABrokenOneIsIgnored(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Path seed = corpus.resolve("000.txt");
        Files.copy(Path.of("corpus/000_f8820dc2aea3848d.txt"), seed);
        Path other = corpus.resolve("004.txt");
        Files.copy(Path.of("corpus/004_c3cb54636e7088b5.txt"), other);
        new Sidecar("西安兰州科创中心（终稿）.docx", "西安兰州科创中心建设的考虑", LocalDate.of(2022, 6, 30)).write(seed);
        Files.writeString(Sidecar.of(other), "{not json");
        assertEquals(corpus.resolve(".000.txt.json"), Sidecar.of(seed));
        try (Engine e = TestIndexes.engine(tmp, corpus)) {
            IngestReport r = e.ingest().run(corpus, null);
            assertEquals(2, r.count(IngestOutcome.INDEXED), r.summary() + " (hidden sidecars are not reports)");
            assertEquals(2, r.seen(), r.summary());
            DocumentView given = e.reads().document(e.index().indexedReports().get("000.txt")).orElseThrow();
            assertEquals("西安兰州科创中心建设的考虑", given.title());
            assertEquals(LocalDate.of(2022, 6, 30), given.date());
            assertEquals("西安兰州科创中心（终稿）.docx", given.fileName());
            assertEquals("000.txt", given.path());
            DocumentView parsed = e.reads().document(e.index().indexedReports().get("004.txt")).orElseThrow();
            assertEquals(LocalDate.of(2022, 5, 7), parsed.date(), "its own date, the broken sidecar ignored");
            assertEquals("004.txt", parsed.fileName());
            assertTrue(e.reads().search(com.policyminer.search.SearchRequest.of("终稿", 10)).hits().stream()
                    .anyMatch(h -> h.fileName().equals("西安兰州科创中心（终稿）.docx")));
        }
    }
}
