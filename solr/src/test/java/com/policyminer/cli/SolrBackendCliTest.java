package com.policyminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.BackendFactory;
import com.policyminer.index.StoredJson;
import com.policyminer.solr.SolrBackendFactory;
import com.policyminer.solr.SolrTestCluster;
import picocli.CommandLine;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line on the solr backend: {@code ingest}, {@code search}, {@code figures}, {@code compare} and
 * {@code conflicts} with {@code --backend solr
 * --zk … --solr-collection …} against the test cluster give what they give on the embedded index; the factory is
 * found by {@link java.util.ServiceLoader}; what only the embedded index serves says so. The commands run as
 * {@link Main#run} runs them, without {@code Main} itself: its {@code serve} needs Javalin, whose Jetty cannot share
 * this module's class path with Solr's ({@code serve} opens its engine with the same {@code Engine.open}).
 */
@Tag("solr")
class SolrBackendCliTest {

    static final String COLLECTION = "cli";

    @TempDir
    static Path dir;
    static String[] solr;

    @BeforeAll
    static void ingestTheCorpusIntoBoth() throws Exception {
        MiniSolrCloudCluster cluster = SolrTestCluster.get();
        SolrTestCluster.collection(COLLECTION, 2);
        solr = new String[] {"--backend", "solr", "--zk", cluster.getZkServer().getZkAddress(), "--solr-collection", COLLECTION};
        assertEquals(0, run(concat("ingest", "--corpus", "corpus", "--index", dir.resolve("unused").toString())).code);
        assertEquals(0, run("ingest", "--corpus", "corpus", "--index", dir.resolve("index").toString()).code);
    }

    record Output(int code, String out, String err) {
    }

    static synchronized Output run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            Object command = switch (args[0]) {
                case "ingest" -> new IngestCommand();
                case "search" -> new SearchCommand();
                case "figures" -> new FiguresCommand();
                case "compare" -> new CompareCommand();
                case "conflicts" -> new ConflictsCommand();
                default -> throw new IllegalArgumentException(args[0]);
            };
            int code = new CommandLine(command)
                    .setExecutionExceptionHandler((x, cmd, parsed) -> {
                        cmd.getErr().println("error: " + (x.getMessage() == null ? x.toString() : x.getMessage()));
                        return 1;
                    })
                    .execute(java.util.Arrays.copyOfRange(args, 1, args.length));
            return new Output(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static String[] concat(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(solr));
        return all.toArray(new String[0]);
    }

    static String[] embedded(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", dir.resolve("index").toString()));
        return all.toArray(new String[0]);
    }

    @Test
    void theSolrFactoryIsFoundOnTheClassPath() {
        assertInstanceOf(SolrBackendFactory.class, BackendFactory.named("solr"));
    }

    @Test
    void searchGivesTheSameHitsOnBothBackends() throws Exception {
        for (String q : List.of("技术合同成交额", "西安 研发投入", "长三角", "\"京津冀协同发展\" AND 北京")) {
            Output s = run(concat("search", q, "--json", "--no-collapse", "--limit", "20"));
            Output e = run(embedded("search", q, "--json", "--no-collapse", "--limit", "20"));
            assertEquals(0, s.code, s.err);
            assertEquals(0, e.code, e.err);
            JsonNode a = StoredJson.MAPPER.readTree(e.out);
            JsonNode b = StoredJson.MAPPER.readTree(s.out);
            assertTrue(a.get("total").asLong() > 0, q);
            assertEquals(a.get("total"), b.get("total"), q);
            assertEquals(ids(a), ids(b), q);
            assertEquals(a.get("hits").get(0).get("passages"), b.get("hits").get(0).get("passages"), q);
        }
    }

    static List<String> ids(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void figuresPrintTheSameTable() {
        for (String[] args : List.of(new String[] {"figures", "--subject", "西安"},
                new String[] {"figures", "--indicator", "研发投入强度", "--sort", "-value", "--limit", "30"})) {
            Output s = run(concat(args));
            Output e = run(embedded(args));
            assertEquals(0, s.code, s.err);
            assertTrue(e.out.lines().count() > 3, e.out);
            assertEquals(e.out, s.out);
        }
    }

    /** The comparisons' corpus read from the collection: the same conflicts and comparison groups, as tables and as JSON. */
    @Test
    void compareAndConflictsPrintTheSame() {
        for (String[] args : List.of(new String[] {"conflicts"}, new String[] {"conflicts", "--json"},
                new String[] {"compare", "--indicator", "研发投入强度"}, new String[] {"compare", "--subject", "西安", "--json"})) {
            Output s = run(concat(args));
            Output e = run(embedded(args));
            assertEquals(0, s.code, s.err);
            assertEquals(0, e.code, e.err);
            assertTrue(e.out.lines().count() > 2 || e.out.length() > 500, String.join(" ", args) + ": " + e.out);
            assertEquals(e.out, s.out, String.join(" ", args));
        }
    }

    @Test
    void whatOnlyTheEmbeddedIndexServesSaysSo() {
        Output s = run(concat("search", "科技", "--collection", "corpus"));
        assertEquals(1, s.code);
        assertTrue(s.err.contains("not by this backend"), s.err);
    }

    @Test
    void solrWithoutACollectionIsRefusedWithTheReason() {
        Output s = run("search", "科技", "--backend", "solr", "--zk", "127.0.0.1:1/solr");
        assertTrue(s.code != 0);
        assertTrue(s.err.contains("--solr-collection"), s.err);
    }
}
