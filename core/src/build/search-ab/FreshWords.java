import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * What a word's first use costs: like Ab.java (an engine per jar in one JVM, the same warm-up, answers not kept, thread
 * CPU a query), then two phases of never-asked pairs of words none of the earlier queries used: "new words" (w0 w1,
 * w2 w3, …: each query the first use of both words) and "kept words" (w0 w3, w2 w5, …: new pairs of words used once).
 * Which engine goes first alternates; a query one engine fails is left out of both engines' figures (and printed).
 *
 * <pre>java -Xmx3g core/src/build/search-ab/FreshWords.java INDEX CORPUS A.jar B.jar</pre>
 */
public class FreshWords {
    static final List<String> OTHER = List.of("国家", "地区", "地方", "社会", "管理", "系统", "体系", "机制", "水平", "能力", "重点", "推进",
            "加快", "支持", "提升", "推动", "完善", "加强", "全面", "战略", "行动", "工程", "重大", "新型", "现代", "绿色", "结构", "协同", "功能", "环境");
    /** 87 words in 4,000 to 67,000 of the 100,000 reports (body), none among Ab.java's 70. */
    static final List<String> FRESH = List.of("研究", "专利", "文化", "跨境", "财政", "旅游", "化工", "零售", "住房", "城市群", "新能源", "智能", "竞争力", "风险", "芯片", "电商", "材料", "公路", "高质量", "信息", "标准", "生物", "医药", "节能", "土地", "港口", "石油", "资源", "汽车", "人工智能", "装备", "创业", "农村", "光伏", "碳", "储能", "数据", "贸易", "协调", "集成电路", "外资", "乡村", "食品", "纺织", "融合", "公共", "城镇", "振兴", "健康", "疫情", "通信", "低碳", "一体化", "耕地", "治理", "铁路", "监管", "设施", "品牌", "高新区", "水利", "科学", "电子", "出口", "知识产权", "软件", "互联网", "钢铁", "煤炭", "航空", "新区", "转型", "统筹", "网络", "医疗", "海洋", "养老", "自贸区", "污染", "都市圈", "升级", "粮食", "机场", "智慧", "开发区", "渔业", "农民");
    record Eng(String name, Object search, Method searchM, Method of) {
        Object run(String q) throws Exception { return searchM.invoke(search, of.invoke(null, q, 10)); }
    }
    public static void main(String[] a) throws Exception {
        Path index = Path.of(a[0]), corpus = Path.of(a[1]);
        List<String> words = new ArrayList<>(FRESH);
        words.removeAll(OTHER);
        if (words.size() % 2 == 1) words.remove(words.size() - 1);
        List<Eng> engines = new ArrayList<>();
        for (int k = 2; k < a.length; k++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(cl);
            Class<?> config = cl.loadClass("com.policyminer.app.Config");
            Object c = config.getMethod("fromEnvironment").invoke(null);
            c = config.getMethod("withIndex", Path.class).invoke(c, index);
            c = config.getMethod("withCorpus", Path.class).invoke(c, corpus);
            Class<?> engine = cl.loadClass("com.policyminer.app.Engine");
            Object e = engine.getMethod("openForReading", config).invoke(null, c);
            System.err.println(a[k] + ": " + engine.getMethod("prepareSearch").invoke(e));
            Object rs = engine.getMethod("reportSearch").invoke(e);
            Class<?> rsc = cl.loadClass("com.policyminer.search.ReportSearch");
            rsc.getMethod("keepAnswers", boolean.class).invoke(rs, false);
            Class<?> req = cl.loadClass("com.policyminer.search.SearchRequest");
            engines.add(new Eng(Path.of(a[k]).getFileName().toString(), rs, rsc.getMethod("search", req), req.getMethod("of", String.class, int.class)));
        }
        int warm = 0;
        for (int i = 0; i < OTHER.size() && warm < 400; i++) for (int j = i + 1; j < OTHER.size() && warm < 400; j++, warm++)
            for (Eng e : engines) e.run(OTHER.get(i) + " " + OTHER.get(j));
        int n = words.size();
        List<String> first = new ArrayList<>(), again = new ArrayList<>();
        for (int i = 0; i < n; i += 2) first.add(words.get(i) + " " + words.get(i + 1));
        for (int i = 0; i < n; i += 2) again.add(words.get(i) + " " + words.get((i + 3) % n));
        measure("new words (first use of both)", first, engines);
        measure("kept words (new pairs)", again, engines);
        System.exit(0);
    }
    static void measure(String phase, List<String> pairs, List<Eng> engines) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        int n = engines.size();
        long[][] cpu = new long[n][pairs.size()], wall = new long[n][pairs.size()];
        boolean[] failed = new boolean[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            for (int k0 = 0; k0 < n; k0++) {
                int k = (k0 + i) % n;
                long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                try {
                    engines.get(k).run(pairs.get(i));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    failed[i] = true;
                    System.out.println("  FAILED " + engines.get(k).name() + " [" + pairs.get(i) + "]: " + e.getCause());
                }
                cpu[k][i] = mx.getCurrentThreadCpuTime() - c0; wall[k][i] = System.nanoTime() - w0;
            }
        }
        int ok = 0;
        for (int i = 0; i < pairs.size(); i++) if (!failed[i]) ok++;
        for (int k = 0; k < n; k++) {
            long[] c = new long[ok], w = new long[ok];
            for (int i = 0, j = 0; i < pairs.size(); i++) if (!failed[i]) { c[j] = cpu[k][i]; w[j++] = wall[k][i]; }
            cpu[k] = c; wall[k] = w;
        }
        StringBuilder line = new StringBuilder(phase + ", " + cpu[0].length + " queries answered by all, load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ":");
        for (int k = 0; k < n; k++) {
            long[] c = cpu[k].clone(); Arrays.sort(c);
            long[] w = wall[k].clone(); Arrays.sort(w);
            line.append(String.format("  %s CPU mean %.2f p50 %.2f ms, wall p50 %.2f", engines.get(k).name(),
                    Arrays.stream(cpu[k]).average().orElse(0) / 1e6, c[c.length / 2] / 1e6, w[w.length / 2] / 1e6));
        }
        System.out.println(line);
    }
}
