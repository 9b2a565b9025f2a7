package com.policyminer.solr;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.BackendOptions;
import com.policyminer.app.Config;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonGroup;
import com.policyminer.compare.Conflict;
import com.policyminer.compare.CooccurrenceLevel;
import com.policyminer.index.StoredJson;
import com.policyminer.app.Engine;
import com.policyminer.eval.SearchEvaluation;
import com.policyminer.extract.DocumentView;
import com.policyminer.index.Analyzers;
import com.policyminer.index.IndexedReport;
import com.policyminer.model.EntityType;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.ingest.Sidecar;
import com.policyminer.search.BadQueryException;
import com.policyminer.search.FigureExport;
import com.policyminer.search.FigureHit;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.FigureResult;
import com.policyminer.search.MentionHit;
import com.policyminer.search.ReportSummary;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import com.policyminer.search.SearchService;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One read port, two backends, the same answers: the evaluation corpus (the bundled corpus, the real texts and the
 * evaluation documents) and two paged test reports, indexed into the embedded index and into a 2-shard, 2-replica
 * SolrCloud collection; every query of the search regression table ({@code searcheval/queries.tsv}) gives the same
 * total and the same top 10 (ids, in order) on both, and the same passages, chunk matches and facets.
 */
@Tag("solr")
class SolrEquivalenceTest {

    static final String COLLECTION = "equivalence";

    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static Engine embedded;
    static SearchService solr;
    /** The engine on the solr backend, as the CLI opens it (a comparison waits for the corpus): the comparisons are the engine's. */
    static Engine solrEngine;
    static final List<IndexedReport> reports = new ArrayList<>();

    @BeforeAll
    static void indexBothBackends() throws Exception {
        cluster = SolrTestCluster.get();
        SolrTestCluster.collection(COLLECTION, 2);

        Config config = Config.fromEnvironment(Map.of()).withIndex(dir.resolve("index")).withCorpus(dir.resolve("corpus"));
        embedded = new Engine(config);
        SolrIndexBackend backend = new SolrIndexBackend(cluster.getSolrClient(), COLLECTION);
        DocumentPipeline pipeline = Engine.pipeline(config, new HanLPAnalyzer());
        List<Path> files = new ArrayList<>();
        for (Path d : SearchEvaluation.DOCUMENT_DIRS) {
            try (Stream<Path> s = Files.list(d)) {
                files.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        files.add(Path.of("core/src/test/resources/fixtures/report-paged.pdf"));
        files.add(Path.of("core/src/test/resources/fixtures/seed-004-pages.pdf"));
        Path corpus = dir.resolve("corpus");
        List<Path> conflicting = conflictingReports(corpus);
        files.addAll(conflicting);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            // collections and tags: the conflicting reports by their folders, the paged PDFs and every fifth file by sidecars
            String path = f.startsWith(corpus) ? corpus.relativize(f).toString() : f.getFileName().toString();
            Sidecar sidecar = f.toString().endsWith("report-paged.pdf") ? new Sidecar(null, null, null, null, null, List.of("项目甲"), List.of("核对"))
                    : f.toString().endsWith("seed-004-pages.pdf") ? new Sidecar(null, null, null, null, null, List.of("项目乙"), List.of("核对", "扫描"))
                    : i % 5 == 0 && !f.startsWith(corpus) ? new Sidecar(null, null, null, null, null, List.of("项目甲", "样本"), List.of("样本")) : null;
            IndexedReport r = pipeline.process(f, path, sidecar);
            reports.add(r);
            embedded.index().upsert(r);
            if (i % 3 == 1) {
                // as an older build added it, without its mention units: co-occurrence reads its text instead
                org.apache.solr.common.SolrInputDocument block = SolrDocuments.block(r);
                block.removeField(com.policyminer.index.Schema.MENTION_UNITS.fieldName());
                cluster.getSolrClient().add(COLLECTION, block);
            } else {
                backend.upsert(r);
            }
        }
        embedded.index().commit();
        backend.commit();
        solr = new SolrSearchService(cluster.getSolrClient(), COLLECTION, new Analyzers(new HanLPAnalyzer()));
        solrEngine = Engine.open(config, new BackendOptions(BackendOptions.SOLR, cluster.getZkServer().getZkAddress(), COLLECTION), true);
    }

    /**
     * Two short reports that disagree with each other on 西安's and 宝鸡's figures for the same years (the corpus has
     * one conflict of its own): the comparison has conflicts to compare.
     */
    static List<Path> conflictingReports(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("关中/西安"));
        Path a = dir.resolve("关中/conflict-a.txt");
        Path b = dir.resolve("关中/西安/conflict-b.txt");
        Files.writeString(a, "西安市统计快报\n\n2022年，西安市地区生产总值达到11486.51亿元，研发经费投入强度为5.18%。"
                + "2023年，宝鸡市地区生产总值为2743.1亿元，西安市技术合同成交额为4120.9亿元。\n", StandardCharsets.UTF_8);
        Files.writeString(b, "关中城市群观察\n\n2022年，西安市地区生产总值为12010.0亿元，研发经费投入强度为4.20%。"
                + "2023年，宝鸡市地区生产总值为2980.0亿元，西安市技术合同成交额为3600.0亿元。\n", StandardCharsets.UTF_8);
        return List.of(a, b);
    }

    @AfterAll
    static void stop() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
        if (solrEngine != null) {
            solrEngine.close();
        }
    }

    static List<String> queries() throws IOException {
        return Files.readAllLines(SearchEvaluation.QUERIES, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[2])
                .toList();
    }

    /** A first page collapsing works (seed-004-pages.pdf and its seed text are one work). */
    static SearchRequest request(String q, int size) {
        return new SearchRequest(q, "auto", 1, size, null, List.of(), null, null, "relevance", List.of(), false,
                List.of(), List.of(), true, true);
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    /** What must be equal on both backends: total, ids in order, scores, passages, chunk matches, facets. */
    static List<String> differences(SearchRequest req) throws IOException {
        SearchResult e = embedded.reads().search(req);
        SearchResult s = solr.search(req);
        List<String> out = new ArrayList<>();
        String q = "'" + req.q() + "' page " + req.page() + ": ";
        if (e.total() != s.total()) {
            out.add(q + "total " + e.total() + " embedded, " + s.total() + " solr");
        }
        if (!ids(e).equals(ids(s))) {
            out.add(q + "top " + req.size() + "\n  embedded " + ids(e) + "\n  solr     " + ids(s));
            return out;
        }
        if (e.relaxed() != s.relaxed() || !e.expansions().equals(s.expansions()) || !e.query().equals(s.query())) {
            out.add(q + "relaxed/expansions/query differ: " + e.query() + " | " + s.query());
        }
        // a word-start alternative (低空经济*: 低空 + words starting with 经济) is rewritten on each shard to the
        // words found there, scored with their statistics: the ranks stay the same here, the BM25 part may not
        boolean wordStart = e.expansions().values().stream().flatMap(List::stream).anyMatch(x -> x.endsWith("*"));
        for (int i = 0; i < e.hits().size(); i++) {
            SearchResult.Hit a = e.hits().get(i);
            SearchResult.Hit b = s.hits().get(i);
            if (!wordStart && Math.abs(a.score() - b.score()) > 1e-3 * Math.max(1, Math.abs(a.score()))) {
                out.add(q + a.path() + " score " + a.score() + " embedded, " + b.score() + " solr");
            }
            if (!a.passages().equals(b.passages())) {
                out.add(q + a.path() + " passages\n  embedded " + a.passages() + "\n  solr     " + b.passages());
            }
            if (!a.matched().equals(b.matched()) || !a.missing().equals(b.missing())) {
                out.add(q + a.path() + " matched " + a.matched() + "/" + a.missing() + " embedded, " + b.matched() + "/" + b.missing());
            }
            if (!List.of(a.title(), a.fileName(), String.valueOf(a.date()), a.format(), a.work(), a.alsoAs(), String.valueOf(a.sourceUrl()),
                    String.valueOf(a.uploadedAt()), String.valueOf(a.uploadedBy()))
                    .equals(List.of(b.title(), b.fileName(), String.valueOf(b.date()), b.format(), b.work(), b.alsoAs(), String.valueOf(b.sourceUrl()),
                            String.valueOf(b.uploadedAt()), String.valueOf(b.uploadedBy())))) {
                out.add(q + a.path() + " fields differ: " + a + "\n  solr " + b);
            }
        }
        if (!e.facets().equals(s.facets())) {
            out.add(q + "facets\n  embedded " + e.facets() + "\n  solr     " + s.facets());
        }
        return out;
    }

    @Test
    void everyQueryOfTheRegressionTableGivesTheSameTotalTopTenPassagesAndFacets() throws IOException {
        List<String> queries = queries();
        assertEquals(92, queries.size());
        List<String> differ = new ArrayList<>();
        int collapsed = 0;
        long[] nanos = new long[2]; // the 92 searches on Solr: every file a hit, collapsed
        for (String q : queries) {
            differ.addAll(differences(request(q, 10)));
            long t0 = System.nanoTime();
            SearchResult everyFile = solr.search(new SearchRequest(q, "auto", 1, 10, null, List.of(), null, null, "relevance",
                    List.of(), false, List.of(), List.of(), true, false));
            long t1 = System.nanoTime();
            SearchResult oneHitPerWork = solr.search(request(q, 10));
            nanos[0] += t1 - t0;
            nanos[1] += System.nanoTime() - t1;
            collapsed += everyFile.total() > oneHitPerWork.total() ? 1 : 0;
        }
        System.out.printf("solr: 92 searches every file a hit %d ms, collapsed %d ms; %d queries collapse a work%n",
                nanos[0] / 1_000_000, nanos[1] / 1_000_000, collapsed);
        assertTrue(differ.isEmpty(), differ.size() + " differences:\n" + String.join("\n", differ));
        assertTrue(collapsed >= 3, "too few queries whose files of one work collapse: " + collapsed);
    }

    /** Every file a hit (collapse off) is the same on both too. */
    @Test
    void withoutCollapsingEveryFileIsAHitOnBoth() throws IOException {
        List<String> differ = new ArrayList<>();
        for (String q : queries().subList(0, 30)) {
            differ.addAll(differences(new SearchRequest(q, "auto", 1, 10, null, List.of(), null, null, "relevance",
                    List.of(), false, List.of(), List.of(), true, false)));
        }
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    /**
     * The works (files grouped by their text, the links between works), each file's provenance, collections and
     * tags are the same on both; so are the reports a collection or tag filter selects, and what they filter: search,
     * figures, entity lists, comparisons.
     */
    @Test
    void worksCollectionsAndTagsAreTheSame() throws IOException {
        var e = embedded.reads().works();
        var s = solr.works();
        System.out.printf("works: solr %d ms (%d ms CPU) for %d reports, embedded %d ms (%d ms CPU)%n", s.millis(), s.cpuMillis(),
                s.workOfDoc().size(), e.millis(), e.cpuMillis());
        assertEquals(e.works().works(), s.works().works());
        assertEquals(e.works().links(), s.works().links());
        assertEquals(e.workOfDoc(), s.workOfDoc());
        assertEquals(e.provenance(), s.provenance());
        assertEquals(e.collections(), s.collections());
        assertEquals(e.tags(), s.tags());
        // seed-004-pages.pdf and its seed text are one work (report-paged.pdf's seed text is not in this corpus)
        assertTrue(s.works().works().stream().anyMatch(w -> w.files().size() == 2), "no work of two files: " + s.works());
        assertTrue(s == solr.works(), "kept while the collection is unchanged");
        var counts = com.policyminer.search.WorkCatalog.collectionCounts(s);
        assertEquals(com.policyminer.search.WorkCatalog.collectionCounts(e), counts);
        assertEquals(List.of("关中", "关中/西安", "样本", "项目乙", "项目甲"), List.copyOf(counts.keySet()));

        for (List<String> in : List.of(List.of("项目甲"), List.of("关中/西安"), List.of("没有"))) {
            for (List<String> tags : List.of(List.<String>of(), List.of("核对"))) {
                List<String> docs = embedded.documentsIn(in, tags, List.of());
                assertEquals(docs, solrEngine.documentsIn(in, tags, List.of()), in + " " + tags);
                assertEquals(embedded.documentsIn(List.of(), tags, List.of()), solrEngine.documentsIn(List.of(), tags, List.of()));
                SearchRequest r = new SearchRequest("科技创新", "auto", 1, 10, null, docs, null, null, "relevance",
                        List.of(), false, List.of(), List.of(), true, true);
                assertEquals(List.of(), differences(r), in.toString());
                FigureQuery fq = new FigureQuery("", List.of(), false, List.of(), "", false, null, null, "", "", docs,
                        null, null, "document", 1, 100);
                assertEquals(embedded.reads().figures(fq), solr.figures(fq), in.toString());
                assertEquals(embedded.reads().regions("", docs), solr.regions("", docs));
                assertEquals(json(embedded.compare(CompareFilter.ALL, in, tags)), json(solrEngine.compare(CompareFilter.ALL, in, tags)));
            }
        }
        assertEquals(List.of(Engine.NO_DOCUMENT), solrEngine.documentsIn(List.of("没有"), List.of(), List.of()));
        assertTrue(solrEngine.documentsIn(List.of("项目甲"), List.of(), List.of()).size() > 5);
    }

    @Test
    void luceneSyntaxFiltersAndSecondPagesToo() throws IOException {
        List<SearchRequest> requests = List.of(
                new SearchRequest("\"技术合同成交额\" AND 西安", "lucene", 1, 10, null, List.of(), null, null, "relevance",
                        List.of(), false, List.of(), List.of(), true, false),
                new SearchRequest("title:规划 OR 研发", "lucene", 1, 5, null, List.of(), null, null, "relevance",
                        List.of(), false, List.of(), List.of(), true, false),
                new SearchRequest("科技创新", "auto", 2, 10, null, List.of(), null, null, "relevance",
                        List.of(), false, List.of(), List.of(), true, false),
                new SearchRequest("科技创新", "auto", 1, 10, null, List.of(), null, null, "relevance",
                        List.of("陕西省"), true, List.of(), List.of(), true, false),
                new SearchRequest("", "auto", 1, 20, null, List.of(), LocalDate.of(2020, 1, 1), null, "relevance",
                        List.of(), false, List.of(), List.of(), true, false),
                new SearchRequest("营商环境", "plain", 1, 3, null, List.of(), null, null, "relevance",
                        List.of(), false, List.of(), List.of(), false, false));
        List<String> differ = new ArrayList<>();
        for (SearchRequest r : requests) {
            differ.addAll(differences(r));
        }
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    @Test
    void aPassageOfAPagedReportSaysItsPageOnBoth() throws IOException {
        SearchRequest r = request("研发投入", 100);
        SearchResult s = solr.search(r);
        assertTrue(s.hits().stream().flatMap(h -> h.passages().stream()).anyMatch(p -> p.page() != null),
                "no passage with a page: " + s.hits());
        assertEquals(List.of(), differences(r));
    }

    @Test
    void reportsByIdAreTheSame() throws IOException {
        assertEquals(reports.size(), solr.documentCount());
        assertEquals(embedded.reads().documentCount(), solr.documentCount());
        List<ReportSummary> all = embedded.reads().documents();
        assertEquals(all, solr.documents());
        for (IndexedReport r : reports.subList(0, 6)) {
            String id = r.analyzed().document().id();
            assertTrue(solr.exists(id));
            assertEquals(embedded.reads().summary(id), solr.summary(id));
            assertEquals(embedded.reads().storedDocument(id), solr.storedDocument(id));
            DocumentView e = embedded.reads().document(id).orElseThrow();
            DocumentView s = solr.document(id).orElseThrow();
            assertEquals(e.text(), s.text());
            assertEquals(e.figures(), s.figures());
            assertEquals(e.regions(), s.regions());
            assertEquals(e.policies(), s.policies());
            assertEquals(e.organizations(), s.organizations());
        }
        assertFalse(solr.exists("0".repeat(64)));
        assertTrue(solr.summary("0".repeat(64)).isEmpty());
    }

    static FigureQuery figures(String q, List<String> subjects, boolean expand, String indicator, Integer yearFrom,
                               Integer yearTo, String unit, String kind, Double min, Double max, String sort, int page, int size) {
        return new FigureQuery(q, subjects, expand, List.of(), indicator, false, yearFrom, yearTo, unit, kind, List.of(),
                min, max, sort, page, size);
    }

    /** Figures: text, subjects (with sub-regions), indicator concepts, years, units, kinds, value ranges, every order, pages. */
    @Test
    void figureSearchesAndExportsAreTheSame() throws IOException {
        List<FigureQuery> queries = List.of(
                FigureQuery.all(10_000),
                figures("", List.of("西安"), false, "", null, null, "", "", null, null, "document", 1, 50),
                figures("", List.of("陕西省"), true, "", null, null, "", "", null, null, "value", 1, 50),
                figures("", List.of(), false, "研发投入强度", null, null, "", "", null, null, "-value", 1, 100),
                figures("技术合同", List.of(), false, "", 2020, 2024, "", "", null, null, "year", 1, 100),
                figures("", List.of(), false, "", null, null, "亿元", "level", 1e10, 1e12, "-value", 1, 100),
                figures("", List.of(), false, "", null, null, "%", "", 0.02, 0.03, "-year", 1, 100),
                figures("", List.of(), false, "", null, null, "", "growth", null, null, "value", 3, 20),
                // runs of figures from one sentence (分别 lists): the words are on the run's first figure only
                figures("分别", List.of(), false, "", null, null, "", "", null, null, "document", 1, 1000),
                figures("兰州市和西安市", List.of(), false, "", null, null, "", "", null, null, "-value", 1, 100));
        for (FigureQuery fq : queries) {
            FigureResult e = embedded.reads().figures(fq);
            assertEquals(e, solr.figures(fq), fq.toString());
            assertTrue(fq.page() > 1 || !e.figures().isEmpty() || fq.equals(queries.get(0)), "no figures for " + fq);
        }
        FigureResult runs = solr.figures(queries.get(queries.size() - 2));
        assertTrue(runs.figures().stream().map(h -> h.figure().docId() + "@" + h.figure().sentenceStart() + h.figure().sentence())
                .distinct().count() < runs.figures().size(), "figures that share a sentence found through its first figure");
        assertTrue(embedded.reads().figures(queries.get(0)).total() > 1000);
        for (FigureQuery fq : List.of(queries.get(0), queries.get(3))) {
            List<FigureHit> a = new ArrayList<>();
            List<FigureHit> b = new ArrayList<>();
            FigureExport ea = embedded.reads().exportFigures(fq, 7, 2500, a::add);
            FigureExport eb = solr.exportFigures(fq, 7, 2500, b::add);
            assertEquals(ea, eb);
            assertEquals(a, b);
        }
        FigureQuery bad = figures("", List.of(), false, "，。", null, null, "", "", null, null, "document", 1, 10);
        assertThrows(BadQueryException.class, () -> embedded.reads().figures(bad));
        assertThrows(BadQueryException.class, () -> solr.figures(bad));
    }

    @Test
    void aBadQueryIsABadQueryOnBoth() {
        SearchRequest r = new SearchRequest("title:(", "lucene", 1, 10, null, List.of(), null, null, "relevance",
                List.of(), false, List.of(), List.of());
        assertThrows(BadQueryException.class, () -> embedded.reads().search(r));
        assertThrows(BadQueryException.class, () -> solr.search(r));
    }

    /** Mentions (with and without context, some reports only) and the region, policy and organization lists. */
    @Test
    void mentionsAndEntityListsAreTheSame() throws IOException {
        SearchService e = embedded.reads();
        assertEquals(e.regions(""), solr.regions(""));
        assertEquals(e.regions("city"), solr.regions("city"));
        assertEquals(e.policies(""), solr.policies(""));
        assertEquals(e.organizations(""), solr.organizations(""));
        List<String> docs = reports.stream().map(r -> r.analyzed().document().id()).filter(id -> Math.floorMod(id.hashCode(), 3) == 0)
                .toList();
        assertFalse(docs.isEmpty());
        assertEquals(e.regions("", docs), solr.regions("", docs));
        assertEquals(e.policies("", docs), solr.policies("", docs));
        assertEquals(e.organizations("", docs), solr.organizations("", docs));
        assertTrue(e.regions("").size() > 10 && e.policies("").size() > 5 && e.organizations("").size() > 5,
                "too few entities to compare");

        List<String> names = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            List<String> top = switch (t) {
                case REGION -> e.regions("").stream().map(x -> x.name()).toList();
                case POLICY -> e.policies("").stream().map(x -> x.title()).toList();
                case ORGANIZATION -> e.organizations("").stream().map(x -> x.name()).toList();
            };
            // the most mentioned, one in the middle and the last: spread over reports, and in one report only
            List<String> some = List.of(top.get(0), top.get(top.size() / 2), top.get(top.size() - 1));
            names.addAll(some);
            for (String name : some) {
                List<MentionHit> m = e.mentions(t, List.of(name), List.of(), 500);
                assertFalse(m.isEmpty(), name);
                assertEquals(m, solr.mentions(t, List.of(name), List.of(), 500), name);
                assertEquals(e.mentions(t, List.of(name), docs, 500), solr.mentions(t, List.of(name), docs, 500), name);
                assertEquals(e.mentionsWithoutContext(t, List.of(name), List.of(), 7), solr.mentionsWithoutContext(t, List.of(name), List.of(), 7));
            }
            assertEquals(e.mentions(t, List.of(), List.of(), 300), solr.mentions(t, List.of(), List.of(), 300), t.dim());
            assertEquals(e.mentions(t, List.of(), docs, 300), solr.mentions(t, List.of(), docs, 300), t.dim());
        }
        String policy = e.policies("").get(1).title();
        assertEquals(e.policy(policy), solr.policy(policy));
        assertEquals(e.policy("《" + policy + "》"), solr.policy("《" + policy + "》"));
        assertTrue(solr.policy("《没有这个政策》").isEmpty());
        List<MentionHit> any = e.mentions(null, names, List.of(), 1000);
        assertTrue(any.stream().map(MentionHit::type).distinct().count() == 3, "not every kind: " + any.size());
        assertEquals(any, solr.mentions(null, names, List.of(), 1000));
        assertEquals(e.mentions(null, names, docs, 1000), solr.mentions(null, names, docs, 1000));
        assertEquals(e.mentionsWithoutContext(null, List.of(), List.of(), 400), solr.mentionsWithoutContext(null, List.of(), List.of(), 400));
    }

    /**
     * The comparisons' corpus read from the collection (figure and extraction children, by cursors) gives what the
     * embedded index's gives: the comparison of a few indicators, every conflict, every co-occurrence matrix and the
     * partners of a few entities, as records and as JSON; comparisons and conflicts count a work once on both (seed-004-pages.pdf
     * and its seed text are one work: the groups differ from those of each file its own work). Co-occurrence is counted
     * from the reports' mention units, and from the texts of every third report, added without them as by an older build.
     */
    @Test
    void comparisonsConflictsAndCooccurrenceAreTheSame() throws IOException {
        var e = embedded.corpus();
        var s = solrEngine.corpus();
        assertEquals(e.figures().figures(), s.figures().figures(), "figures read");
        assertEquals(e.figures().kept(), s.figures().kept(), "figures kept");
        assertEquals(e.matrices().documents(), s.matrices().documents(), "reports counted");
        assertEquals(reports.size(), s.matrices().documents());

        // conflicts across works: every one, and some of one subject; the whole list as /api/conflicts gives it (JSON)
        List<Conflict> conflicts = embedded.conflicts(CompareFilter.ALL, List.of(), List.of());
        List<Conflict> onSolr = solrEngine.conflicts(CompareFilter.ALL, List.of(), List.of());
        assertTrue(conflicts.size() >= 3, "too few conflicts to compare: " + conflicts);
        assertEquals(conflicts, onSolr);
        assertEquals(json(conflicts), json(onSolr));
        String subject = conflicts.get(0).subject();
        CompareFilter ofSubject = CompareFilter.parse(subject, "", "");
        assertEquals(embedded.conflicts(ofSubject, List.of(), List.of()), solrEngine.conflicts(ofSubject, List.of(), List.of()));

        // comparisons, a work counted once: the whole corpus, and a few indicators (the first groups' ones), by year too
        List<ComparisonGroup> all = embedded.compare(CompareFilter.ALL, List.of(), List.of());
        assertTrue(all.size() > 10, "too few groups: " + all.size());
        List<ComparisonGroup> allOnSolr = solrEngine.compare(CompareFilter.ALL, List.of(), List.of());
        assertEquals(all, allOnSolr);
        assertEquals(json(all), json(allOnSolr));
        List<ComparisonGroup> everyFileAWork = embedded.comparator().compare(e.figures(), CompareFilter.ALL, id -> id).stream()
                .map(ComparisonGroup::read).toList();
        assertFalse(json(everyFileAWork).equals(json(allOnSolr)), "the works change no group: the test compares nothing of them");
        List<String> indicators = all.stream().map(ComparisonGroup::indicatorName).distinct().limit(4).toList();
        for (String indicator : indicators) {
            for (CompareFilter f : List.of(CompareFilter.parse("", indicator, ""), CompareFilter.parse("", indicator, "2020"))) {
                List<ComparisonGroup> a = embedded.compare(f, List.of(), List.of());
                List<ComparisonGroup> b = solrEngine.compare(f, List.of(), List.of());
                assertEquals(json(a), json(b), f.toString());
            }
            assertFalse(solrEngine.compare(CompareFilter.parse("", indicator, ""), List.of(), List.of()).isEmpty(), indicator);
        }

        // co-occurrence: every pair of kinds at both levels; the partners of a few entities, by report path on both
        for (EntityType a : EntityType.values()) {
            for (EntityType b : EntityType.values()) {
                for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                    assertEquals(embedded.cooccurrenceMatrix(a, b, level), solrEngine.cooccurrenceMatrix(a, b, level),
                            a + "×" + b + " " + level);
                }
            }
        }
        assertFalse(solrEngine.cooccurrenceMatrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.SENTENCE).cells().isEmpty());
        for (String region : List.of("西安", "北京市", "陕西省")) {
            var p = embedded.cooccurrence().partners(region, EntityType.REGION, embedded.documentsMentioning(region, EntityType.REGION));
            assertTrue(p.found() && !p.partners().isEmpty(), region);
            assertEquals(json(p), json(solrEngine.cooccurrence().partners(region, EntityType.REGION,
                    solrEngine.documentsMentioning(region, EntityType.REGION))), region);
        }
    }

    /**
     * The table is kept while the collection's version (its count and highest {@code _version_}) stays, and read again
     * when a report is replaced, even by itself (same count, newer {@code _version_}).
     */
    @Test
    void theComparisonTableIsKeptPerCollectionVersion() throws Exception {
        com.policyminer.search.CorpusSnapshot.Data before = solrEngine.corpus();
        assertTrue(before == solrEngine.corpus(), "kept while the collection is unchanged");
        String conflicts = json(solrEngine.conflicts(CompareFilter.ALL, List.of(), List.of()));
        SolrIndexBackend backend = new SolrIndexBackend(cluster.getSolrClient(), COLLECTION);
        backend.upsert(reports.get(0));
        backend.commit();
        // the replaced block's documents merged away: the other tests' statistics stay those of the embedded index
        cluster.getSolrClient().optimize(COLLECTION, true, true, 1);
        com.policyminer.search.CorpusSnapshot.Data after = solrEngine.corpus();
        assertTrue(before != after, "not read again after a report was replaced");
        assertEquals(before.figures().figures(), after.figures().figures());
        assertEquals(conflicts, json(solrEngine.conflicts(CompareFilter.ALL, List.of(), List.of())));
    }

    /**
     * "More like this": the same words chosen (from the collection's counts, not a shard's) and the same reports found,
     * in the same order, for every report.
     */
    @Test
    void similarReportsAreTheSame() throws IOException {
        int found = 0;
        for (IndexedReport r : reports) {
            String id = r.analyzed().document().id();
            var e = embedded.reads().similar(id, 10).orElseThrow();
            assertEquals(e, solr.similar(id, 10).orElseThrow(), r.analyzed().document().path());
            found += e.size();
        }
        assertTrue(found > reports.size() * 5, "too few similar reports to compare: " + found);
        assertTrue(solr.similar("0".repeat(64), 10).isEmpty());
    }

    static String json(Object o) throws IOException {
        return StoredJson.MAPPER.writeValueAsString(o);
    }
}
