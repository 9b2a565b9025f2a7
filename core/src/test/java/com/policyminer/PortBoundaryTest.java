package com.policyminer;

import com.policyminer.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API (with the web page it serves) and the CLI talk to the ports ({@code IndexBackend}, {@code SearchService}),
 * never to Lucene or Solr: so a SolrCloud backend can sit beside the embedded index without touching them.
 * Checked twice: in the compiled classes (a fully qualified name counts too) and in the sources.
 */
class PortBoundaryTest {

    private static final List<String> PORT_USERS = List.of("api", "cli");
    private static final List<String> ENGINES = List.of("org/apache/lucene/", "org/apache/solr/");
    /** The embedded index's own classes, which only the composition root, tests and the benchmark reach. */
    private static final List<String> EMBEDDED = List.of("LuceneIndex", "LuceneSearchService", ".embeddedIndex()",
            ".reportSearch()", "ReportLookup", "ReportSearch", "FigureSearch", "MentionSearch", "LuceneDocuments");

    @Test
    void apiAndCliClassesReferNeitherToLuceneNorToSolr() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        int seen = 0;
        for (String pkg : PORT_USERS) {
            for (Path f : files(classes.resolve("com/policyminer/" + pkg), ".class")) {
                seen++;
                // a class's constant pool holds every class it refers to, as UTF-8 "org/apache/lucene/…"
                String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                ENGINES.stream().filter(pool::contains).forEach(e -> found.add(classes.relativize(f) + " → " + e));
            }
        }
        assertTrue(seen > 40, "the API's and CLI's classes were found: " + seen);
        assertEquals(List.of(), found);
    }

    @Test
    void apiAndCliSourcesImportNeitherLuceneNorSolrNorTheEmbeddedIndex() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : PORT_USERS) {
            for (Path f : files(Path.of("core/src/main/java/com/policyminer/" + pkg), ".java")) {
                found.addAll(violations(f.getFileName().toString(), Files.readString(f)));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theSourceCheckSeesAnImportAFullyQualifiedNameAndTheEmbeddedIndex() {
        assertFalse(violations("A.java", "import org.apache.lucene.search.IndexSearcher;").isEmpty());
        assertFalse(violations("B.java", "var s = new org.apache.solr.client.solrj.SolrQuery();").isEmpty());
        assertFalse(violations("C.java", "engine.embeddedIndex().searchers()").isEmpty());
        assertFalse(violations("D.java", "import com.policyminer.search.ReportLookup;").isEmpty());
        assertEquals(List.of(), violations("E.java", "engine.reads().search(r); // org.apache.lucene in a comment"));
    }

    static List<String> violations(String name, String source) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].replaceAll("//.*", "").strip();
            if (code.startsWith("*") || code.startsWith("/*")) {
                continue;
            }
            for (String e : ENGINES) {
                if (code.contains(e.replace('/', '.'))) {
                    out.add(name + ":" + (i + 1) + " " + code);
                }
            }
            for (String e : EMBEDDED) {
                if (code.contains(e)) {
                    out.add(name + ":" + (i + 1) + " " + code);
                }
            }
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
