package com.policyminer.eval;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Search quality on the evaluation set: the same queries, in the same run, through our engine (a fresh
 * index of the documents, as {@code ingest} builds it), a stock SmartChinese index and a stock CJK-bigram
 * index (see {@link StockIndex}) over the same files; nDCG@10, Recall@10, traps above relevant documents
 * and queries with no hit for each, and for ours (the only one that shows passages) the share of
 * (query, grade-3 document) pairs in its top 10 where one of the first two passages shown overlaps the
 * gold passage, the sentence an analyst would cite (see {@link GoldPassages}, {@link ShownPassages}).
 */
public final class SearchEvaluation {

    /** How far below a baseline's nDCG@10 ours must be for the query to be listed as a loss. */
    static final double LOSS_MARGIN = 0.1;

    /** Where the evaluation set lives in the repository (documents in three folders, queries in one file). */
    public static final List<Path> DOCUMENT_DIRS = List.of(Path.of("corpus"), Path.of("core/src/test/resources/realtext"),
            Path.of("core/src/test/resources/searcheval/docs"));
    public static final Path QUERIES = Path.of("core/src/test/resources/searcheval/queries.tsv");
    /**
     * The documents the queries were judged against, by name (one a line): a text added to one of the
     * folders later (another issue's held-out text in realtext/) has no judgments, so it stays out
     * until someone reads it against every query.
     */
    public static final Path JUDGED = Path.of("core/src/test/resources/searcheval/judged-documents.txt");
    /** The sentence an analyst would cite, for each (query, grade-3 document) pair. */
    public static final Path GOLD_PASSAGES = Path.of("core/src/test/resources/searcheval/gold-passages.tsv");

    /** One query's ranked lists (document names, best first) per system and its nDCG@10 per system. */
    public record QueryResult(String id, String kind, String query, Map<String, List<String>> ranked,
                              Map<String, Double> ndcg10, Map<String, String> trapsAboveRelevant) {
    }

    /**
     * One (query, grade-3 document) pair whose document is in our top 10: whether one of the first two
     * passages we show for it overlaps the gold passage.
     *
     * @param rank  the document's rank in our list (1-based)
     * @param shown the text of the passages we show for it, in order
     */
    public record GoldCheck(String query, String document, int rank, String gold, boolean firstTwo, List<String> shown) {
    }

    public record Report(int documents, int queries, List<SystemScores> systems, List<QueryResult> perQuery,
                         List<GoldCheck> goldPassages) {

        public SystemScores system(String name) {
            return systems.stream().filter(s -> s.system().equals(name)).findFirst().orElseThrow();
        }
    }

    private final List<Path> documentDirs;
    private final Path queries;
    private final Path goldPassages;

    public SearchEvaluation(List<Path> documentDirs, Path queries, Path goldPassages) {
        this.documentDirs = List.copyOf(documentDirs);
        this.queries = queries;
        this.goldPassages = goldPassages;
    }

    /** The evaluation set of the repository (run from its root). */
    public static SearchEvaluation ofRepository() {
        return new SearchEvaluation(DOCUMENT_DIRS, QUERIES, GOLD_PASSAGES);
    }

    /** Runs the evaluation; {@code work} receives a copy of the documents and our index. */
    public Report run(Path work) throws IOException {
        Map<String, String> texts = documents();
        List<EvalQuery> qs = EvalQueries.read(queries, texts.keySet());
        Map<String, Map<String, GoldPassages.Gold>> golds = GoldPassages.read(goldPassages, qs, texts);
        List<GoldCheck> goldChecks = new ArrayList<>();
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Files.writeString(corpus.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, List<String>>> ranked = new LinkedHashMap<>(); // system → query id → names
        try (Engine engine = new Engine(Config.fromEnvironment(Map.of()).withIndex(work.resolve("index")).withCorpus(corpus))) {
            engine.ingest().run(corpus, null);
            Map<String, List<String>> ours = new LinkedHashMap<>();
            Map<String, String> bodies = new LinkedHashMap<>(); // document name → our index's text of it
            for (EvalQuery q : qs) {
                SearchResult r = engine.reads().search(SearchRequest.of(q.text(), RankMetrics.K));
                ours.put(q.id(), r.hits().stream().map(h -> name(h.path())).toList());
                Map<String, GoldPassages.Gold> goldsOfQuery = golds.getOrDefault(q.id(), Map.of());
                for (int i = 0; i < Math.min(RankMetrics.K, r.hits().size()); i++) {
                    SearchResult.Hit h = r.hits().get(i);
                    GoldPassages.Gold gold = goldsOfQuery.get(name(h.path()));
                    if (gold != null) {
                        goldChecks.add(check(gold, i + 1, h, body(engine, h, bodies)));
                    }
                }
            }
            ranked.put("ours", ours);
        }
        try (StockIndex smartcn = new StockIndex(new SmartChineseAnalyzer(), texts);
             StockIndex cjk = new StockIndex(new CJKAnalyzer(CharArraySet.EMPTY_SET), texts)) {
            ranked.put("smartcn", stock(smartcn, qs));
            ranked.put("cjk-bigram", stock(cjk, qs));
        }
        List<SystemScores> systems = new ArrayList<>();
        ranked.forEach((system, lists) -> systems.add(scores(system, qs, lists)));
        int firstTwo = (int) goldChecks.stream().filter(GoldCheck::firstTwo).count();
        systems.replaceAll(sc -> sc.system().equals("ours") ? sc.withGoldPassages(goldChecks.size(), firstTwo) : sc);
        List<QueryResult> perQuery = new ArrayList<>();
        for (EvalQuery q : qs) {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            Map<String, Double> ndcg = new LinkedHashMap<>();
            Map<String, String> traps = new LinkedHashMap<>();
            ranked.forEach((system, byQuery) -> {
                lists.put(system, byQuery.get(q.id()));
                ndcg.put(system, RankMetrics.ndcg(q, byQuery.get(q.id())));
                RankMetrics.trapAboveRelevantDescribed(q, byQuery.get(q.id())).ifPresent(d -> traps.put(system, d));
            });
            perQuery.add(new QueryResult(q.id(), q.kind(), q.text(), lists, ndcg, traps));
        }
        return new Report(texts.size(), qs.size(), systems, perQuery, List.copyOf(goldChecks));
    }

    /** Our index's text of a hit (the passages' offsets are into it), read once per document. */
    private static String body(Engine engine, SearchResult.Hit h, Map<String, String> bodies) throws IOException {
        String name = name(h.path());
        String body = bodies.get(name);
        if (body == null) {
            body = engine.reads().document(h.id()).map(v -> v.text() == null ? "" : v.text())
                    .orElseThrow(() -> new IOException("hit " + name + " is not in the index"));
            bodies.put(name, body);
        }
        return body;
    }

    private static GoldCheck check(GoldPassages.Gold gold, int rank, SearchResult.Hit h, String body) throws IOException {
        int at = body.indexOf(gold.text());
        if (at < 0) {
            throw new IOException("the gold passage of " + gold.queryId() + " '" + gold.text() + "' is not in our index's text of "
                    + gold.document());
        }
        ShownPassages.Span span = new ShownPassages.Span(at, at + gold.text().length());
        List<String> shown = h.passages().stream().map(p -> ShownPassages.visibleText(p.html())).toList();
        return new GoldCheck(gold.queryId(), gold.document(), rank, gold.text(),
                ShownPassages.goldAmongFirst(h.passages(), body, span), shown);
    }

    private static Map<String, List<String>> stock(StockIndex index, List<EvalQuery> qs) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (EvalQuery q : qs) {
            out.put(q.id(), index.search(q.text(), RankMetrics.K));
        }
        return out;
    }

    static SystemScores scores(String system, List<EvalQuery> qs, Map<String, List<String>> lists) {
        double ndcg = 0;
        double recall = 0;
        int judged = 0;
        int traps = 0;
        int trapQueries = 0;
        int zero = 0;
        int zeroWhileRelevant = 0;
        for (EvalQuery q : qs) {
            List<String> r = lists.get(q.id());
            if (!q.grades().isEmpty()) {
                judged++;
                ndcg += RankMetrics.ndcg(q, r);
                recall += RankMetrics.recall(q, r);
            }
            if (!q.traps().isEmpty()) {
                trapQueries++;
                traps += RankMetrics.trapAboveRelevant(q, r) ? 1 : 0;
            }
            if (r.isEmpty()) {
                zero++;
                zeroWhileRelevant += q.grades().isEmpty() ? 0 : 1;
            }
        }
        return new SystemScores(system, judged == 0 ? 0 : ndcg / judged, judged == 0 ? 0 : recall / judged, traps,
                trapQueries, zero, zeroWhileRelevant);
    }

    /** Every {@code .txt} of the document folders, by file name without the extension. */
    private Map<String, String> documents() throws IOException {
        Map<String, String> out = new TreeMap<>();
        java.util.Set<String> judged = Files.exists(JUDGED)
                ? Files.readAllLines(JUDGED, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet())
                : null;
        for (Path dir : documentDirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = name(f.getFileName().toString());
                    if (judged != null && !judged.contains(name)) {
                        continue;
                    }
                    if (out.put(name, Files.readString(f, StandardCharsets.UTF_8)) != null) {
                        throw new IOException("two documents named " + name);
                    }
                }
            }
        }
        return out;
    }

    private static String name(String path) {
        String file = Path.of(path).getFileName().toString();
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }

    /** The scores as a Markdown table, then where ours loses: queries a baseline ranks better, traps above relevant reports. */
    public static void print(Report report, PrintStream out) {
        out.printf("Search evaluation: %d documents, %d queries%n%n", report.documents(), report.queries());
        out.println("| system | nDCG@10 | Recall@10 | traps above relevant | zero-hit queries (with a relevant document) "
                + "| gold passage in the first two shown |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (SystemScores s : report.systems()) {
            String gold = s.goldPassagePairs() == null ? "n/a"
                    : String.format(Locale.ROOT, "%.4f (%d of %d)", s.goldPassageShare(), s.goldPassageFirstTwo(), s.goldPassagePairs());
            out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %d of %d | %d (%d) | %s |%n", s.system(), s.ndcg10(), s.recall10(),
                    s.trapsAboveRelevant(), s.trapQueries(), s.zeroHits(), s.zeroWhileRelevant(), gold);
        }
        List<String> losses = new ArrayList<>();
        for (QueryResult q : report.perQuery()) {
            double ours = q.ndcg10().get("ours");
            q.ndcg10().forEach((system, ndcg) -> {
                if (!system.equals("ours") && ndcg - ours > LOSS_MARGIN) {
                    losses.add(String.format(Locale.ROOT, "- %s `%s`: ours %.3f, %s %.3f", q.id(), q.query(), ours, system, ndcg));
                }
            });
        }
        out.printf("%nQueries where ours' nDCG@10 is more than %.1f below a baseline's: %d%n", LOSS_MARGIN, losses.size());
        losses.forEach(out::println);
        out.printf("%nFalse-hit traps above a relevant report (rank of the trap, first relevant report below it):%n");
        for (QueryResult q : report.perQuery()) {
            q.trapsAboveRelevant().forEach((system, trap) -> out.printf("- %s `%s` %s: %s%n", q.id(), q.query(), system, trap));
        }
    }
}
