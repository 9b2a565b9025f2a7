import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * The report search of several builds in one JVM, for an A/B that both sides see under the same load: an engine per jar
 * (each in its own class loader) over the same index, the 780 "each new" pairs of bench/ScaleBench.freshBroadQueries
 * sent to each engine in turn (which one goes first alternating), answers not kept, after 400 pairs of other words
 * for the JIT; prints each engine's thread CPU and wall time a query, per round.
 *
 * <pre>java core/src/build/search-ab/Ab.java INDEX CORPUS ROUNDS A.jar B.jar ...</pre>
 * Give the JVM room for every engine (-Xmx3g for two at 100,000 reports).
 */
public class Ab {
    static final List<String> COMMON = List.of("创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源", "农业", "金融", "教育", "交通", "生态", "区域", "合作",
            "平台", "项目", "资金", "增长", "研发", "技术", "规划", "工业", "消费", "人口", "就业", "园区", "基础", "质量", "安全");
    static final List<String> OTHER = List.of("国家", "地区", "地方", "社会", "管理", "系统", "体系", "机制", "水平", "能力", "重点", "推进",
            "加快", "支持", "提升", "推动", "完善", "加强", "全面", "战略", "行动", "工程", "重大", "新型", "现代", "绿色", "结构", "协同", "功能", "环境");

    record Eng(String name, Object search, Method searchM, Method of) {
        Object run(String q) throws Exception { return searchM.invoke(search, of.invoke(null, q, 10)); }
    }

    public static void main(String[] a) throws Exception {
        Path index = Path.of(a[0]), corpus = Path.of(a[1]);
        int rounds = Integer.parseInt(a[2]);
        List<Eng> engines = new ArrayList<>();
        for (int k = 3; k < a.length; k++) {
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
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < COMMON.size(); i++) for (int j = i + 1; j < COMMON.size(); j++) pairs.add(COMMON.get(i) + " " + COMMON.get(j));
        Collections.shuffle(pairs, new Random(20261207L));
        int warm = 0;
        for (int i = 0; i < OTHER.size() && warm < 400; i++) for (int j = i + 1; j < OTHER.size() && warm < 400; j++, warm++)
            for (Eng e : engines) e.run(OTHER.get(i) + " " + OTHER.get(j));
        var mx = ManagementFactory.getThreadMXBean();
        int n = engines.size();
        for (int round = 0; round < rounds; round++) {
            long[][] cpu = new long[n][pairs.size()], wall = new long[n][pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                for (int k0 = 0; k0 < n; k0++) {
                    int k = (k0 + i + round) % n; // who goes first alternates
                    long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                    engines.get(k).run(pairs.get(i));
                    cpu[k][i] = mx.getCurrentThreadCpuTime() - c0; wall[k][i] = System.nanoTime() - w0;
                }
            }
            StringBuilder line = new StringBuilder("round " + round + " load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ":");
            for (int k = 0; k < n; k++) {
                long[] w = wall[k].clone(); Arrays.sort(w);
                long[] c = cpu[k].clone(); Arrays.sort(c);
                line.append(String.format("  %s CPU mean %.2f p50 %.2f ms, wall p50 %.2f p99 %.2f", engines.get(k).name(),
                        Arrays.stream(cpu[k]).average().orElse(0) / 1e6, c[c.length / 2] / 1e6, w[w.length / 2] / 1e6, w[(int) Math.ceil(0.99 * w.length) - 1] / 1e6));
            }
            System.out.println(line);
        }
        System.exit(0);
    }
}
