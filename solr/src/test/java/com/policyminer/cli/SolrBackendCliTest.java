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
 * The command line on the solr backend: {@code ingest}, {@code search}, {@code figures}, {@code compare},
 * {@code conflicts}, {@code works}, {@code collections}, {@code entities}, {@code mentions} and {@code diff} with {@code --backend solr
 * --zk … --solr-collection …} against the test cluster give what they give on the embedded index; the factory is
 * found by {@link java.util.ServiceLoader}; works, collections and tags (listed, filtered by, set) too. The commands run as
 * {@link Main#run} runs them, without {@code Main} itself: its {@code serve} needs Javalin, whose Jetty cannot share
 * this module's class path with Solr's ({@code serve} opens its engine with the same {@code Engine.open}).
 */
@Tag("solr")
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
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
        corpus = corpusWithFoldersAndACopy(dir.resolve("corpus"));
        assertEquals(0, run(concat("ingest", "--corpus", corpus.toString(), "--index", dir.resolve("unused").toString())).code);
        assertEquals(0, run("ingest", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString()).code);
    }

    static Path corpus;

    /**
     * The bundled corpus, two of its files in folders (collections 甲 and 甲/乙), and a copy of one with a line added
     * (one work of two files): a copy, since setting a report's collections writes its sidecar into the corpus.
     */
    static Path corpusWithFoldersAndACopy(Path to) throws java.io.IOException {
        java.nio.file.Files.createDirectories(to.resolve("甲/乙"));
        List<Path> files;
        try (var s = java.nio.file.Files.list(Path.of("corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String name = f.getFileName().toString();
            java.nio.file.Files.copy(f, i == 0 ? to.resolve("甲").resolve(name) : i == 1 ? to.resolve("甲/乙").resolve(name) : to.resolve(name));
        }
        Path last = files.get(files.size() - 1);
        java.nio.file.Files.writeString(to.resolve("repost-" + last.getFileName()),
                java.nio.file.Files.readString(last) + "\n（转载）\n", StandardCharsets.UTF_8);
        return to;
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
                case "works" -> new WorksCommand();
                case "collections" -> new CollectionsCommand();
                case "entities" -> new EntitiesCommand();
                case "mentions" -> new MentionsCommand();
                case "diff" -> new DiffCommand();
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
        int collapsed = 0;
        for (String q : List.of("技术合同成交额", "西安 研发投入", "长三角", "\"京津冀协同发展\" AND 北京", "科技创新")) {
            for (String collapse : List.of("--no-collapse", "--limit")) { // collapsed by default
                String[] args = collapse.equals("--limit") ? new String[] {"search", q, "--json", "--limit", "20"}
                        : new String[] {"search", q, "--json", "--no-collapse", "--limit", "20"};
                Output s = run(concat(args));
                Output e = run(embedded(args));
                assertEquals(0, s.code, s.err);
                assertEquals(0, e.code, e.err);
                JsonNode a = StoredJson.MAPPER.readTree(e.out);
                JsonNode b = StoredJson.MAPPER.readTree(s.out);
                assertTrue(a.get("total").asLong() > 0, q);
                assertEquals(a.get("total"), b.get("total"), q);
                assertEquals(ids(a), ids(b), q);
                assertEquals(a.get("hits").get(0).get("passages"), b.get("hits").get(0).get("passages"), q);
                for (int i = 0; i < a.get("hits").size(); i++) {
                    assertEquals(a.get("hits").get(i).get("work"), b.get("hits").get(i).get("work"), q);
                    assertEquals(a.get("hits").get(i).get("alsoAs"), b.get("hits").get(i).get("alsoAs"), q);
                    collapsed += collapse.equals("--limit") && !a.get("hits").get(i).get("alsoAs").isEmpty() ? 1 : 0;
                }
            }
        }
        assertTrue(collapsed > 0, "no hit is a work of two files");
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

    /** Works, collections and a collection filter print the same on both backends. */
    @Test
    void worksCollectionsAndACollectionFilterPrintTheSame() throws Exception {
        for (String[] args : List.of(new String[] {"works"}, new String[] {"works", "--json", "--all"},
                new String[] {"collections"}, new String[] {"collections", "--json"},
                new String[] {"search", "科技", "--collection", "甲", "--json"},
                new String[] {"figures", "--collection", "甲/乙", "--limit", "20"},
                new String[] {"entities", "regions"}, new String[] {"entities", "policies", "--collection", "甲", "--json"},
                new String[] {"mentions", "--type", "region", "--limit", "30"})) {
            Output s = run(concat(args));
            Output e = run(embedded(args));
            assertEquals(0, s.code, s.err);
            assertEquals(0, e.code, e.err);
            if (args[0].equals("search")) {
                JsonNode a = StoredJson.MAPPER.readTree(e.out);
                assertTrue(a.get("total").asLong() > 0 && a.get("total").asLong() < 4, e.out);
                assertEquals(ids(a), ids(StoredJson.MAPPER.readTree(s.out)));
            } else {
                assertEquals(e.out, s.out, String.join(" ", args));
            }
        }
        assertTrue(run(concat("works")).out.contains("repost-"), "no work of two files");
        JsonNode work = StoredJson.MAPPER.readTree(run(embedded("works", "--json")).out).get("items").get(0);
        String[] diff = {"diff", work.get("files").get(0).get("docId").asText(), work.get("files").get(1).get("docId").asText()};
        Output d = run(concat(diff));
        assertEquals(0, d.code, d.err);
        assertEquals(run(embedded(diff)).out, d.out);
        assertTrue(d.out.contains("repost-") && d.out.contains("one work"), d.out);
        assertTrue(run(concat("collections")).out.contains("甲/乙"));
    }

    /**
     * {@code collections --set} on both backends (the report re-indexed with its new sidecar, through the write port):
     * the collections and a filter by the new one are the same. Last: it changes the reports the other tests compare.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void settingAReportsCollectionsAndTagsWorksOnBoth() throws Exception {
        JsonNode hit = StoredJson.MAPPER.readTree(run(embedded("search", "技术合同成交额", "--json")).out).get("hits").get(0);
        String id = hit.get("id").asText();
        for (String[] backend : List.of(solr, new String[] {"--index", dir.resolve("index").toString()})) {
            List<String> args = new ArrayList<>(List.of("collections", "--set", id, "--collection", "已编辑", "--tag", "核对",
                    "--corpus", corpus.toString()));
            if (backend == solr) {
                args.addAll(List.of("--index", dir.resolve("unused").toString()));
            }
            args.addAll(List.of(backend));
            Output set = run(args.toArray(String[]::new));
            assertEquals(0, set.code, set.err);
            assertTrue(set.out.contains("已编辑"), set.out);
        }
        Output s = run(concat("collections", "--json"));
        assertEquals(run(embedded("collections", "--json")).out, s.out);
        JsonNode counts = StoredJson.MAPPER.readTree(s.out);
        assertEquals(1, counts.get("collections").get("已编辑").asInt(), s.out);
        assertEquals(1, counts.get("tags").get("核对").asInt(), s.out);
        JsonNode found = StoredJson.MAPPER.readTree(run(concat("search", "技术合同成交额", "--collection", "已编辑", "--json")).out);
        assertEquals(List.of(id), ids(found));
    }

    @Test
    void solrWithoutACollectionIsRefusedWithTheReason() {
        Output s = run("search", "科技", "--backend", "solr", "--zk", "127.0.0.1:1/solr");
        assertTrue(s.code != 0);
        assertTrue(s.err.contains("--solr-collection"), s.err);
    }
}
