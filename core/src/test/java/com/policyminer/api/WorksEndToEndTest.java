package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.Conflict;
import com.policyminer.compare.Verdict;
import com.policyminer.index.StoredJson;
import com.policyminer.parse.ParseLimits;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import com.policyminer.search.WorkCatalog;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's test: the five seed reports, their PDF, DOCX, GB18030 text and HTML renditions
 * (core/src/test/resources/fidelity/) and a repost of seed 000 with a paragraph added and one figure
 * changed (1648.56亿元 → 1748.56亿元) are five works; a search lists each work once; the conflicts are
 * those of the five seeds alone, plus one record of the figure changed between versions.
 */
class WorksEndToEndTest {

    private static final List<String> RENDITIONS = List.of("plain.pdf", "plain.docx", "gb18030.txt", "page.html");

    @TempDir
    static Path tmp;
    private static Engine engine;
    private static Engine seedsOnly;
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(corpus.resolve("renditions"));
        Files.createDirectories(seeds);
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
                Files.copy(p, seeds.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> dirs = Files.list(Path.of("core/src/test/resources/fidelity"))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("00\\d_.*")).toList()) {
                for (String r : RENDITIONS) {
                    Files.copy(dir.resolve(r), corpus.resolve("renditions").resolve(dir.getFileName().toString().substring(0, 3) + "-" + r));
                }
            }
        }
        String text = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        int mid = text.indexOf('\n', text.length() / 2);
        String repost = text.substring(0, mid) + "\n编者按：本文经作者授权转载，转载时有删节，文中观点仅代表作者本人，不代表本网站立场。\n"
                + text.substring(mid);
        assertTrue(repost.contains("1648.56亿元"));
        Files.createDirectories(corpus.resolve("reposts"));
        Files.writeString(corpus.resolve("reposts/000-repost.txt"), repost.replace("1648.56亿元", "1748.56亿元"));

        engine = engine(tmp.resolve("index"), corpus);
        seedsOnly = engine(tmp.resolve("seeds-index"), seeds);
        app = new ApiServer(engine).create().start("127.0.0.1", 0);
    }

    private static Engine engine(Path index, Path corpus) throws IOException {
        Config config = new Config(index, corpus, "127.0.0.1", 0, 2, 50,
                new ParseLimits(20_000_000, 2_000_000, Duration.ofSeconds(60)), "", 1024 * 1024, "");
        Engine e = new Engine(config);
        var report = e.ingest().run(corpus, null);
        assertEquals(0, report.files().stream().filter(f -> f.outcome().failed()).count(), report.summary());
        return e;
    }

    @AfterAll
    static void close() throws IOException {
        if (app != null) {
            app.stop();
        }
        if (engine != null) {
            engine.close();
        }
        if (seedsOnly != null) {
            seedsOnly.close();
        }
    }

    private static JsonNode get(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(status, r.statusCode(), r.body());
        return StoredJson.MAPPER.readTree(r.body());
    }

    @Test
    void twentySixFilesAreFiveWorks() throws Exception {
        WorkCatalog.View view = engine.reads().works();
        assertEquals(26, view.workOfDoc().size());
        assertEquals(5, view.works().works().size(), view.works().works().toString());
        for (var w : view.works().works()) {
            String seed = w.files().get(0).path();
            assertTrue(seed.matches("00\\d_.*\\.txt"), "a work is named by its first file in path order: " + seed);
            int expected = seed.startsWith("000") ? 6 : 5;
            assertEquals(expected, w.files().size(), w.toString());
            for (var f : w.files()) {
                assertTrue(f.path().equals(seed) || f.path().contains(seed.substring(0, 3)), f.path() + " in the work of " + seed);
                assertTrue(f.similarity() >= 0.9, f.toString());
            }
        }
        JsonNode works = get("/api/works", 200);
        assertEquals(5, works.get("works").asInt());
        assertEquals(26, works.get("files").asInt());
        String firstFile = works.get("items").get(0).get("files").get(1).get("docId").asText();
        JsonNode one = get("/api/works/" + firstFile, 200);
        assertEquals(works.get("items").get(0).get("id").asText(), one.get("id").asText());
        assertEquals("not_found", get("/api/works/nosuchid", 404).get("error").asText());
        assertEquals("bad_request", get("/api/works?limit=0", 400).get("error").asText());
    }

    @Test
    void aSearchListsEachWorkOnceWithItsOtherFiles() throws Exception {
        SearchResult collapsed = engine.reads().search(SearchRequest.of("研发投入强度", 20));
        List<String> works = collapsed.hits().stream().map(SearchResult.Hit::work).toList();
        assertEquals(works.size(), new HashSet<>(works).size(), works.toString());
        assertEquals(collapsed.total(), collapsed.hits().size());
        assertTrue(collapsed.total() >= 2, "total " + collapsed.total());
        for (SearchResult.Hit h : collapsed.hits()) {
            int files = engine.reads().works().work(h.id()).orElseThrow().files().size();
            assertEquals(files - 1, h.alsoAs().size(), h.alsoAs().toString());
            assertTrue(!h.alsoAs().contains(h.fileName()));
        }
        long yearOrFormat = collapsed.facets().get("format").stream().mapToLong(SearchResult.FacetCount::count).sum();
        assertEquals(collapsed.total(), yearOrFormat, "facets count works: " + collapsed.facets().get("format"));

        JsonNode all = get("/api/search?q=" + URLEncoder.encode("研发投入强度", StandardCharsets.UTF_8) + "&size=50&collapse=false", 200);
        assertTrue(all.get("total").asLong() >= 4 * collapsed.total(), all.get("total").asText());
        Set<String> distinct = new HashSet<>();
        all.get("hits").forEach(h -> distinct.add(h.get("work").asText()));
        assertEquals(new HashSet<>(works), distinct);
        assertEquals("bad_request", get("/api/search?q=x&collapse=maybe", 400).get("error").asText());

        // page by page (one hit a page): each work once over all pages
        String q = "/api/search?size=1&q=" + URLEncoder.encode("研发投入强度", StandardCharsets.UTF_8);
        long total = get(q, 200).get("total").asLong();
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= total; page++) {
            paged.add(get(q + "&page=" + page, 200).get("hits").get(0).get("work").asText());
        }
        assertEquals(total, new HashSet<>(paged).size(), paged.toString());
        assertEquals(0, get(q + "&page=" + (total + 1), 200).get("hits").size());
    }

    @Test
    void conflictsAreThoseOfTheFiveReportsPlusTheFigureChangedBetweenVersions() throws Exception {
        List<Conflict> alone = seedsOnly.comparator().conflicts(seedsOnly.corpus().figures(), CompareFilter.ALL,
                seedsOnly.reads().works()::workOf);
        List<Conflict> all = engine.comparator().conflicts(engine.corpus().figures(), CompareFilter.ALL,
                engine.reads().works()::workOf);
        List<Conflict> changed = all.stream().filter(c -> c.verdict() == Verdict.CHANGED_BETWEEN_VERSIONS).toList();
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).reason().contains("1748.56亿元") && changed.get(0).reason().contains("1648.56亿元"),
                changed.get(0).reason());
        assertEquals(keys(alone), keys(all.stream().filter(c -> c.verdict() != Verdict.CHANGED_BETWEEN_VERSIONS).toList()));
        assertTrue(!alone.isEmpty());

        JsonNode api = get("/api/conflicts", 200);
        assertEquals(alone.size() + 1, api.get("total").asInt());
        // without works every copy would disagree with itself
        assertTrue(engine.comparator().conflicts(engine.corpus().figures(), CompareFilter.ALL, null).size() > alone.size() + 1);
    }

    private static List<String> keys(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.verdict().code() + " " + c.subject() + " " + c.indicatorId() + " " + c.periods()).sorted().toList();
    }

    @Test
    void worksComeBackTheSameAfterARestart() throws Exception {
        WorkCatalog.View before = engine.reads().works();
        WorkCatalog.View again = WorkCatalogAccess.reload(engine);
        assertEquals(before.works().works(), again.works().works());
        assertEquals(before.works().links(), again.works().links());
    }

    private static String idOf(String path) throws IOException {
        return engine.reads().works().provenance().entrySet().stream().filter(e -> e.getValue().path().equals(path))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no file " + path));
    }

    @Test
    void theDiffOfTheRepostNamesTheChangedFigureAndTheAddedParagraph() throws Exception {
        String seed = idOf("000_f8820dc2aea3848d.txt");
        String repost = idOf("reposts/000-repost.txt");
        JsonNode d = get("/api/documents/" + seed + "/diff?to=" + repost, 200);
        assertEquals(seed, d.get("from").get("id").asText());
        assertEquals("000-repost.txt", d.get("to").get("fileName").asText());
        assertTrue(d.get("sameWork").asBoolean());
        JsonNode diff = d.get("diff");
        List<JsonNode> changed = new ArrayList<>();
        diff.get("figures").forEach(f -> {
            if (f.get("change").asText().equals("changed")) {
                changed.add(f);
            }
        });
        assertEquals(1, changed.size(), diff.get("figures").toString());
        assertEquals("1648.56亿元", changed.get(0).get("from").get("surface").asText());
        assertEquals("1748.56亿元", changed.get(0).get("to").get("surface").asText());
        assertEquals(1, diff.get("figureCount").asInt(), diff.get("figures").toString());
        List<String> added = new ArrayList<>();
        diff.get("added").forEach(p -> added.add(p.get("text").asText()));
        assertTrue(added.stream().anyMatch(t -> t.startsWith("编者按：本文经作者授权转载")), added.toString());
        assertEquals(2, diff.get("addedCount").asInt(), added.toString()); // the note, and the sentence with the changed figure
        assertEquals(1, diff.get("removedCount").asInt(), diff.get("removed").toString());
        assertTrue(diff.get("removed").get(0).get("text").asText().contains("1648.56亿元"));

        assertEquals("bad_request", get("/api/documents/" + seed + "/diff", 400).get("error").asText());
        assertEquals("bad_request", get("/api/documents/" + seed + "/diff?to=x", 400).get("error").asText());
        assertEquals("not_found", get("/api/documents/" + seed + "/diff?to=" + "0".repeat(64), 404).get("error").asText());
    }

    @Test
    void aWorksFilesHaveTitleFormatAndCollections() throws Exception {
        JsonNode w = get("/api/works/" + idOf("renditions/000-plain.pdf"), 200);
        Set<String> formats = new HashSet<>();
        w.get("files").forEach(f -> {
            formats.add(f.get("format").asText());
            assertTrue(!f.get("title").asText().isEmpty(), f.toString());
        });
        assertEquals(Set.of("txt", "pdf", "docx", "html"), formats);
        // collections from the corpus folders
        w.get("files").forEach(f -> assertEquals(f.get("path").asText().contains("/") ? "[\"" + f.get("path").asText().split("/")[0] + "\"]" : "[]",
                f.get("collections").toString(), f.toString()));
    }

    @Test
    void theCollectionFacetCountsWorksAsItsFilterFindsThem() throws Exception {
        String q = "/api/search?q=" + URLEncoder.encode("研发投入强度", StandardCharsets.UTF_8);
        JsonNode all = get(q, 200);
        java.util.Map<String, Long> facet = new java.util.HashMap<>();
        all.get("facets").get("collection").forEach(f -> facet.put(f.get("label").asText(), f.get("count").asLong()));
        assertTrue(facet.containsKey("renditions") && facet.containsKey("reposts"), facet.toString());
        for (var e : facet.entrySet()) {
            assertTrue(e.getValue() <= all.get("total").asLong(), e.toString());
            assertEquals(get(q + "&collection=" + e.getKey(), 200).get("total").asLong(), e.getValue(), e.getKey());
        }
        // every work that matches has renditions; a file list counts files (several renditions a work)
        assertEquals(all.get("total").asLong(), facet.get("renditions"));
        JsonNode files = get(q + "&collapse=false", 200);
        long renditionFiles = 0;
        for (JsonNode f : files.get("facets").get("collection")) {
            renditionFiles += f.get("label").asText().equals("renditions") ? f.get("count").asLong() : 0;
        }
        assertTrue(renditionFiles > facet.get("renditions"), renditionFiles + " files");
    }

    @Test
    void entityListsTakeACollection() throws Exception {
        for (String[] list : new String[][] {{"regions", "regions", "name"}, {"policies", "policies", "title"}, {"orgs", "organizations", "name"}}) {
            JsonNode all = get("/api/" + list[0], 200);
            JsonNode reposts = get("/api/" + list[0] + "?collection=reposts", 200);
            java.util.Map<String, JsonNode> whole = new java.util.HashMap<>();
            all.get(list[1]).forEach(e -> whole.put(e.get(list[2]).asText(), e));
            assertTrue(reposts.get("total").asInt() > 0 && reposts.get("total").asInt() < all.get("total").asInt(),
                    list[0] + ": " + reposts.get("total") + " of " + all.get("total"));
            for (JsonNode e : reposts.get(list[1])) {
                assertEquals(1, e.get("documents").asInt(), e.toString()); // one report in the folder
                JsonNode w = whole.get(e.get(list[2]).asText());
                assertTrue(w != null && w.get("mentions").asLong() >= e.get("mentions").asLong(), e.toString());
            }
            assertEquals(0, get("/api/" + list[0] + "?collection=" + URLEncoder.encode("没有这个集合", StandardCharsets.UTF_8), 200)
                    .get("total").asInt());
        }
        // the seed and its repost name the same places as often
        JsonNode seed = get("/api/regions?collection=reposts", 200);
        assertEquals(seed.get("regions").get(0).get("mentions").asLong(),
                engine.reads().regions("", List.of(idOf("000_f8820dc2aea3848d.txt"))).stream()
                        .filter(c -> c.name().equals(seed.get("regions").get(0).get("name").asText())).findFirst().orElseThrow().mentions());
    }
}
