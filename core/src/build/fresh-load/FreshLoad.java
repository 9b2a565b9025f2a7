import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Report search for queries nobody asked before, as {@code bench --scale} measures it ("search broad, each new":
 * bench/ScaleBench.freshBroadQueries, bench/EndpointLoad with fresh = true): two of 40 common words, the 780 pairs in
 * the order of seed 20261207, each sent once in a server's life; 20 warm-up queries, then 100 at concurrency 1 and
 * 4 × 50 at concurrency 4 (the next queries of the list each time); then /api/regions/{name} for the 8 places (20
 * warm-up, 100 at c1, 4 × 50 at c4). Prints p50/p99 in ms and the non-200 answers. Run it against a server started
 * afresh (the queries are new only once).
 *
 * <pre>java core/src/build/fresh-load/FreshLoad.java PORT [search|regions|both] [skip]</pre>
 * {@code skip}: how many of the 780 queries to pass over first (to measure again on a server already measured).
 */
public class FreshLoad {
    static final List<String> COMMON = List.of("创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源", "农业", "金融", "教育", "交通", "生态", "区域", "合作",
            "平台", "项目", "资金", "增长", "研发", "技术", "规划", "工业", "消费", "人口", "就业", "园区", "基础", "质量", "安全");
    static final List<String> PLACES = List.of("西安", "北京", "上海", "成都", "兰州", "武汉", "深圳", "合肥");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0];
        String which = args.length > 1 ? args[1] : "both";
        int skip = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (!which.equals("regions")) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < COMMON.size(); i++) {
                for (int j = i + 1; j < COMMON.size(); j++) {
                    pairs.add(COMMON.get(i) + " " + COMMON.get(j));
                }
            }
            Collections.shuffle(pairs, new Random(20261207L));
            List<String> urls = pairs.stream().map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
            run("search broad, each new", urls.subList(skip, urls.size()), true);
        }
        if (!which.equals("search")) {
            run("regions/{name}", PLACES.stream().map(p -> "/api/regions/" + URLEncoder.encode(p, StandardCharsets.UTF_8)).toList(), false);
        }
    }

    static void run(String name, List<String> urls, boolean fresh) throws Exception {
        int used = 0;
        for (int i = 0; i < 20; i++) {
            send(urls.get(fresh ? used++ : i % urls.size()));
        }
        for (int clients : new int[] {1, 4}) {
            int each = clients == 1 ? 100 : 50;
            int from = used;
            used += fresh ? clients * each : 0;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicInteger errors = new AtomicInteger();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    long[] times = new long[each];
                    for (int n = 0; n < each; n++) {
                        int k = offset + n * clients;
                        String url = fresh ? urls.get(from + k) : urls.get(k % urls.size());
                        long t = System.nanoTime();
                        if (send(url) != 200) {
                            errors.incrementAndGet();
                        }
                        times[n] = System.nanoTime() - t;
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long t : f.get()) {
                    all.add(t);
                }
            }
            pool.shutdown();
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%s c%d: n=%d p50 %.1f ms p99 %.1f ms errors %d%n", name, clients, sorted.length,
                    pct(sorted, 50), pct(sorted, 99), errors.get());
        }
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static int send(String url) throws Exception {
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + url)).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return r.statusCode();
    }
}
