package com.policyminer.render;

import com.policyminer.ingest.CorpusScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stored path with %XX escapes (a name that is not UTF-8) still leads to its file. */
class OriginalFileNamesTest {

    @TempDir
    Path corpus;

    @Test
    void escapedNamesLeadToTheirOwnFiles() throws Exception {
        Path ff = Path.of(URI.create(corpus.toAbsolutePath().toUri() + "bad-%FF.pdf"));
        Path fe = Path.of(URI.create(corpus.toAbsolutePath().toUri() + "bad-%FE.pdf"));
        Files.writeString(ff, "ff");
        Files.writeString(fe, "fe");
        Path literal = Files.writeString(Files.createDirectories(corpus.resolve("报告")).resolve("50%FF.pdf"), "literal");
        OriginalFiles files = new OriginalFiles(corpus);
        assertEquals(ff, files.locate(CorpusScanner.sha256(ff), "bad-%FF.pdf"));
        assertEquals(fe, files.locate(CorpusScanner.sha256(fe), "bad-%FE.pdf"));
        assertEquals(literal, files.locate(CorpusScanner.sha256(literal), "报告/50%25FF.pdf"));
    }
}
