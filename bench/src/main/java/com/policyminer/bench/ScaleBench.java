package com.policyminer.bench;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.ingest.CorpusScanner;
import com.policyminer.ingest.IngestReport;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench --scale 2000,20000[,100000]}: for each size, a corpus from {@link ProfiledCorpusGenerator}
 * (the first reports of the larger corpora are those of the smaller), ingested from scratch as
 * {@code ingest} does (docs/s, CPU seconds per report, index size per report, heap after ingest), then
 * served by {@code serve --no-ingest} in its own JVM with {@code -Xmx1g} (time to the first 200, heap
 * while serving) and measured endpoint by endpoint at concurrency 1 and 4, a figures CSV of 100,000
 * rows included; smartcn (Tika + Lucene's SmartChineseAnalyzer, index only) and {@code grep -r -F -l}
 * run on the same files as references.
 */
final class ScaleBench {

    /** One size's measurements. */
    record SizeResult(int reports, long textChars, double ingestSeconds, double ingestCpuSeconds, long indexBytes,
                      long heapAfterIngestMb, double smartcnSeconds, double smartcnCpuSeconds, long smartcnIndexBytes,
                      Latencies smartcnSearch, Latencies grep, double firstOkSeconds, double snapshotReadySeconds,
                      long heapServingMaxMb, List<EndpointLoad.Result> endpoints, EndpointLoad.Csv csv, double loadAverage) {
    }

    private static final List<String> BROAD = List.of("创新", "发展", "科技", "经济", "产业");
    private static final List<String> NARROW = List.of("技术合同成交额", "综合性国家科学中心", "\"秦创园\"", "研发 投入 强度", "61.21亿元");
    /** An endpoint whose every measured request is one not asked before (see {@link #freshBroadQueries}). */
    static final String FRESH = ", each new";

    /** Common words of policy reports, two a query: 780 queries, each matching most reports. */
    private static final List<String> COMMON = List.of("创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源", "农业", "金融", "教育", "交通", "生态", "区域", "合作",
            "平台", "项目", "资金", "增长", "研发", "技术", "规划", "工业", "消费", "人口", "就业", "园区", "基础", "质量", "安全");

    /**
     * Queries of two common words, each pair once, in an order fixed by a seed: a server answers each for the first time
     * (a repeated query is answered from the per-version answer cache, which the other search rows measure).
     */
    static List<String> freshBroadQueries() {
        return pairs(COMMON, 20261207L);
    }

    /** Each pair of {@code words} once, as a two-word query, in an order fixed by {@code seed}. */
    private static List<String> pairs(List<String> words, long seed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                out.add(words.get(i) + " " + words.get(j));
            }
        }
        java.util.Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** Other common words (none of {@link #COMMON}): the pairs that warm the search path before the each-new rows. */
    private static final List<String> WARM = List.of("国家", "地区", "地方", "社会", "管理", "系统", "体系", "机制", "水平", "能力", "重点", "推进",
            "加快", "支持", "提升", "推动", "完善", "加强", "全面", "战略", "行动", "工程", "重大", "新型", "现代", "绿色", "结构", "协同", "功能", "环境");

    /** Never-asked searches sent (two clients, not measured) before the each-new rows: see {@link #warmSearchPath}. */
    static final int WARM_SEARCHES = 400;

    /**
     * Pairs of {@link #WARM}'s words, each once, in an order fixed by a seed: searches none of the measured rows sends.
     */
    static List<String> warmQueries() {
        return pairs(WARM, 20261208L);
    }

    /**
     * Before the first each-new row: {@value #WARM_SEARCHES} never-asked searches of other words, two clients, not
     * measured. The rows before it are answered from the answer cache, so without this the each-new rows would be the
     * server's first real searches and time the JIT compiling the search path (a fresh server's first searches are
     * issue 18's row of {@code bench --cold}, and the start → first 200 row here). The each-new words stay new to the
     * server: none of them is among these.
     */
    private void warmSearchPath(EndpointLoad load, int n) throws Exception {
        List<String> urls = warmQueries().stream().map(q -> "/api/search?q=" + ServedIndex.enc(q)).toList();
        long t0 = System.nanoTime();
        EndpointLoad.Result r = load.run("search path warm-up", urls.subList(0, 20 + WARM_SEARCHES), 2, WARM_SEARCHES / 2,
                Duration.ofSeconds(120), true);
        log.printf("scale %d: search path warmed by %d other never-asked searches in %.1f s (not measured; errors %d)%n", n,
                20 + r.latencies().count(), (System.nanoTime() - t0) / 1e9, r.errors());
    }

    private static final List<String> PLACES = List.of("西安", "北京", "上海", "成都", "兰州", "武汉", "深圳", "合肥");

    private final Path out;
    private final int threads;
    private final String serveHeap;
    private final PrintStream log;
    private final long seed;

    ScaleBench(Path out, int threads, String serveHeap, long seed, PrintStream log) {
        this.out = out;
        this.threads = threads;
        this.serveHeap = serveHeap;
        this.seed = seed;
        this.log = log;
    }

    private ProfiledCorpusGenerator generator;

    private ProfiledCorpusGenerator generator() throws IOException {
        if (generator == null) {
            log.println("scale: reading the real reports for the generator …");
            generator = ProfiledCorpusGenerator.fromRepository(Path.of("."), seed);
        }
        return generator;
    }

    /**
     * The generated reports against the real ones, both measured with our extractors: mean length and
     * mentions per 1,000 characters (the first {@code sample} generated reports).
     */
    String corpusCheck(int sample) throws IOException {
        var pipeline = RealTextProfiles.pipeline();
        TikaDocumentParser parser = new TikaDocumentParser();
        List<RealTextProfiles.Profile> generated = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            String name = String.format("report-%06d.txt", i);
            try {
                var r = pipeline.process(parser.parseBytes(generator().report(i).getBytes(java.nio.charset.StandardCharsets.UTF_8), name));
                generated.add(RealTextProfiles.measure(Path.of("."), Path.of(name), r));
            } catch (com.policyminer.parse.ParseFailure e) {
                throw new IOException(name + ": " + e.getMessage(), e);
            }
        }
        List<RealTextProfiles.Profile> real = RealTextProfiles.bundled();
        List<RealTextProfiles.Profile> whole = real.stream().filter(p -> !p.path().startsWith("core/src/test/resources/searcheval/docs/")).toList();
        StringBuilder b = new StringBuilder("| reports | n | mean chars | median chars | regions /1k chars | distinct regions /report"
                + " | orgs /1k | policies /1k | figures /1k |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        b.append(checkRow("real, whole (lengths)", whole));
        b.append(checkRow("real, all (densities)", real));
        b.append(checkRow("generated (first " + sample + ")", generated));
        return b.append('\n').toString();
    }

    private static String checkRow(String name, List<RealTextProfiles.Profile> ps) {
        double chars = ps.stream().mapToInt(RealTextProfiles.Profile::chars).sum();
        int[] sorted = ps.stream().mapToInt(RealTextProfiles.Profile::chars).sorted().toArray();
        return String.format(java.util.Locale.ROOT, "| %s | %d | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, ps.size(),
                chars / ps.size(), sorted[sorted.length / 2],
                ps.stream().mapToInt(RealTextProfiles.Profile::regions).sum() * 1000 / chars,
                ps.stream().mapToInt(RealTextProfiles.Profile::distinctRegions).average().orElse(0),
                ps.stream().mapToInt(RealTextProfiles.Profile::orgs).sum() * 1000 / chars,
                ps.stream().mapToInt(RealTextProfiles.Profile::policies).sum() * 1000 / chars,
                ps.stream().mapToInt(RealTextProfiles.Profile::figures).sum() * 1000 / chars);
    }

    /** The machine, as the table's heading says it. */
    static String machine(String serveHeap) {
        return String.format(java.util.Locale.ROOT, "%d cores, Java %s, serve -Xmx%s, bench JVM heap max %d MB",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), serveHeap,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * What the ingest half of one size measured, kept in {@code scale-N/ingest.json} so that a later
     * {@code --scale-reuse} run can print it beside a new serving half (with the time it was measured).
     */
    record IngestPart(int reports, long textChars, double ingestSeconds, double ingestCpuSeconds, long heapAfterIngestMb,
                      double smartcnSeconds, double smartcnCpuSeconds, String measuredAt) {

        static final String FILE = "ingest.json";

        /** A reused folder without {@value #FILE} (made before it was written): its corpus measured again, the timings unknown. */
        static IngestPart unknown(int reports, long textChars) {
            return new IngestPart(reports, textChars, Double.NaN, Double.NaN, -1, Double.NaN, Double.NaN, null);
        }

        void write(Path dir) throws IOException {
            Files.writeString(dir.resolve(FILE), com.policyminer.index.StoredJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(this));
        }

        static java.util.Optional<IngestPart> read(Path dir) throws IOException {
            Path f = dir.resolve(FILE);
            if (!Files.isRegularFile(f)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(com.policyminer.index.StoredJson.MAPPER.readValue(f.toFile(), IngestPart.class));
        }
    }

    private final List<String> ingestDates = new ArrayList<>();

    List<SizeResult> run(List<Integer> sizes) throws Exception {
        return run(sizes, false);
    }

    /** When each size's ingest rows were measured, as the last {@link #run} found them ("N: time", "N: unknown"). */
    List<String> ingestDates() {
        return List.copyOf(ingestDates);
    }

    /**
     * @param reuse serve each size's corpus and index as an earlier run left them under {@code out} (no generating,
     *              no ingest: its ingest figures are read from {@link IngestPart#FILE}); the references (smartcn's
     *              lookups on its index, grep) and the whole serving half are measured again
     */
    List<SizeResult> run(List<Integer> sizes, boolean reuse) throws Exception {
        List<SizeResult> results = new ArrayList<>();
        for (int n : sizes) {
            Path dir = out.resolve("scale-" + n);
            IngestPart ingest = reuse ? reused(dir, n) : ingest(generator(), dir, n);
            ingestDates.add(n + ": " + (ingest.measuredAt() == null ? "unknown" : ingest.measuredAt()));
            results.add(serve(dir, ingest));
        }
        return results;
    }

    /** An earlier run's folder for {@code n} reports, checked: its corpus holds n files, its index and smartcn's are there. */
    IngestPart reused(Path dir, int n) throws IOException {
        Path corpus = dir.resolve("corpus");
        for (Path p : List.of(corpus, dir.resolve("index"), dir.resolve("index-smartcn"))) {
            if (!Files.isDirectory(p)) {
                throw new IOException("--scale-reuse: " + p + " is missing (run bench --scale " + n + " --out " + out + " first)");
            }
        }
        List<CorpusScanner.CorpusFile> files = CorpusScanner.scan(corpus);
        if (files.size() != n) {
            throw new IOException("--scale-reuse: " + corpus + " holds " + files.size() + " files, not " + n);
        }
        var kept = IngestPart.read(dir);
        if (kept.isPresent()) {
            log.printf("scale %d: reusing %s (ingest measured %s)%n", n, dir, kept.get().measuredAt());
            return kept.get();
        }
        long chars = 0;
        for (CorpusScanner.CorpusFile f : files) {
            chars += Files.readString(f.file()).length();
        }
        log.printf("scale %d: reusing %s (no %s there: the ingest rows are left empty)%n", n, dir, IngestPart.FILE);
        return IngestPart.unknown(n, chars);
    }

    private IngestPart ingest(ProfiledCorpusGenerator generator, Path dir, int n) throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.clear(corpus);
        log.printf("scale %d: generating …%n", n);
        long chars = generator.write(corpus, 0, n);
        List<CorpusScanner.CorpusFile> files = CorpusScanner.scan(corpus);

        log.printf("scale %d: ingest (ours, %d threads) …%n", n, threads);
        Path index = Dirs.fresh(dir.resolve("index"));
        Config config = Config.fromEnvironment().withIndex(index).withCorpus(corpus).withThreads(threads);
        double ingestSeconds;
        double ingestCpu;
        long heapAfter;
        try (Engine engine = new Engine(config)) {
            long t0 = System.nanoTime();
            long cpu0 = ProcessCpu.nanos();
            IngestReport report = engine.ingest().run(corpus, null);
            ingestSeconds = (System.nanoTime() - t0) / 1e9;
            ingestCpu = (ProcessCpu.nanos() - cpu0) / 1e9;
            log.printf("scale %d: %s%n", n, report.summary());
            System.gc();
            heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        }

        log.printf("scale %d: smartcn reference …%n", n);
        Path smartDir = Dirs.fresh(dir.resolve("index-smartcn"));
        TikaDocumentParser parser = new TikaDocumentParser();
        double smartSeconds;
        double smartCpu;
        try (BaselineIndex smart = new BaselineIndex(smartDir, new SmartChineseAnalyzer())) {
            long t0 = System.nanoTime();
            long cpu0 = ProcessCpu.nanos();
            new ParallelIngest(threads, 1000).run(files, f -> {
                ParsedDocument d = parser.parse(f.file(), f.path());
                smart.upsert(d);
                return d.text().length();
            }, smart::commit, smart::flushBuffered);
            smartSeconds = (System.nanoTime() - t0) / 1e9;
            smartCpu = (ProcessCpu.nanos() - cpu0) / 1e9;
        }
        IngestPart part = new IngestPart(n, chars, ingestSeconds, ingestCpu, heapAfter, smartSeconds, smartCpu,
                java.time.Instant.now().toString());
        part.write(dir);
        return part;
    }

    private SizeResult serve(Path dir, IngestPart ingest) throws Exception {
        int n = ingest.reports();
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Path smartDir = dir.resolve("index-smartcn");
        List<CorpusScanner.CorpusFile> files = CorpusScanner.scan(corpus);
        List<String> ids;
        try (Engine engine = new Engine(Config.fromEnvironment().withIndex(index).withCorpus(corpus).withThreads(threads))) {
            ids = sampleIds(engine, 200);
        }
        long indexBytes = Dirs.size(index);
        Latencies smartSearch = smartcnSearch(smartDir);
        log.printf("scale %d: grep reference …%n", n);
        List<String> queries = new ArrayList<>(BROAD);
        queries.addAll(NARROW);
        Latencies grep = new ScanBaseline(corpus, files.stream().map(CorpusScanner.CorpusFile::file).toList(), 3)
                .run(queries).perQueryMedian();

        log.printf("scale %d: serve -Xmx%s …%n", n, serveHeap);
        try (ServedIndex server = new ServedIndex(index, corpus, serveHeap, 17_000 + (n % 1000), dir.resolve("serve.log"))) {
            double snapshot = server.waitFor200("/api/conflicts", 600);
            EndpointLoad load = new EndpointLoad(server);
            List<EndpointLoad.Result> endpoints = new ArrayList<>();
            int freshUsed = 0;
            for (Map.Entry<String, List<String>> e : endpoints(ids).entrySet()) {
                for (int clients : List.of(1, 4)) {
                    int perClient = clients == 1 ? 100 : 50;
                    boolean fresh = e.getKey().endsWith(FRESH);
                    List<String> urls = e.getValue();
                    if (fresh && freshUsed == 0) {
                        warmSearchPath(load, n);
                    }
                    if (fresh) { // URLs not sent before in this server's life: the answer cache cannot help
                        urls = urls.subList(freshUsed, freshUsed + 20 + clients * perClient);
                        freshUsed += urls.size();
                    }
                    EndpointLoad.Result r = load.run(e.getKey(), urls, clients, perClient, Duration.ofSeconds(20), fresh);
                    log.printf("scale %d: %-22s c%d  p50 %.1f ms  p99 %.1f ms  n %d  errors %d%n", n, e.getKey(), clients,
                            r.latencies().p50Ms(), r.latencies().p99Ms(), r.latencies().count(), r.errors());
                    endpoints.add(r);
                }
            }
            EndpointLoad.Csv csv = null;
            for (int i = 0; i < 2; i++) { // the second run is the one reported (the first compiles the path)
                csv = load.csv("/api/figures?format=csv&size=100000");
                log.printf("scale %d: figures CSV %d rows in %.2f s, server heap max %d MB (status %d)%n", n, csv.rows(),
                        csv.seconds(), csv.heapMaxMb(), csv.status());
            }
            long heapServing = server.heapMaxMb();
            return new SizeResult(n, ingest.textChars(), ingest.ingestSeconds(), ingest.ingestCpuSeconds(), indexBytes,
                    ingest.heapAfterIngestMb(), ingest.smartcnSeconds(), ingest.smartcnCpuSeconds(), Dirs.size(smartDir), smartSearch, grep, server.secondsToFirst200, snapshot, heapServing, endpoints, csv,
                    loadAverage());
        }
    }

    /** The requests of each endpoint measured (several URLs each, sent in turn). */
    private static Map<String, List<String>> endpoints(List<String> ids) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("search broad", BROAD.stream().map(q -> "/api/search?q=" + ServedIndex.enc(q)).toList());
        m.put("search narrow", NARROW.stream().map(q -> "/api/search?q=" + ServedIndex.enc(q)).toList());
        m.put("search broad" + FRESH, freshBroadQueries().stream().map(q -> "/api/search?q=" + ServedIndex.enc(q)).toList());
        m.put("figures range", List.of(
                "/api/figures?subject=" + ServedIndex.enc("西安") + "&unit=CNY&min=1e9",
                "/api/figures?indicator=" + ServedIndex.enc("研发投入强度") + "&min=0.02",
                "/api/figures?year=2019-2021&unit=CNY&min=1e10",
                "/api/figures?subject=" + ServedIndex.enc("北京") + "&min=1e8&max=1e12"));
        m.put("regions/{name}", PLACES.stream().map(p -> "/api/regions/" + ServedIndex.enc(p)).toList());
        m.put("policies", List.of("/api/policies"));
        m.put("orgs", List.of("/api/orgs"));
        m.put("compare", PLACES.stream().map(p -> "/api/compare?subject=" + ServedIndex.enc(p)).toList());
        m.put("conflicts", List.of("/api/conflicts"));
        m.put("cooccurrence", List.of("/api/cooccurrence", "/api/cooccurrence?a=region&b=org&level=paragraph"));
        m.put("document view", ids.stream().map(id -> "/api/documents/" + id).toList());
        return m;
    }

    private List<String> sampleIds(Engine engine, int count) throws IOException {
        List<String> all = new ArrayList<>(engine.reads().documents().stream().map(com.policyminer.search.ReportSummary::id).toList());
        java.util.Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /** smartcn's index lookup (top 10 on the body, no passages or facets) for the benchmark's words, at concurrency 1. */
    private static Latencies smartcnSearch(Path dir) throws Exception {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(reader);
            QueryParser qp = new QueryParser("body", new SmartChineseAnalyzer());
            List<Query> qs = new ArrayList<>();
            for (String q : BROAD) {
                qs.add(qp.parse(q));
            }
            for (String q : NARROW) {
                qs.add(qp.parse(q));
            }
            for (int i = 0; i < 300; i++) { // warm-up
                s.search(qs.get(i % qs.size()), 10);
            }
            long[] t = new long[500];
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                s.search(qs.get(i % qs.size()), 10);
                t[i] = System.nanoTime() - t0;
            }
            return Latencies.ofNanos(t);
        }
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
