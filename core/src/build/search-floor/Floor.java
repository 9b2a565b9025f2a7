import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.search.ReportSearch;
import com.policyminer.search.SearchRequest;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.*;
import org.apache.lucene.store.FSDirectory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * What the same exact answer costs in stock Lucene, beside ours, in one JVM over one index: the bench's 780 "each new"
 * two-word queries (bench/ScaleBench.freshBroadQueries) as the conjunction of each word's OR of body, title^2 and
 * name (the query our parser builds for them), answered
 * <ol>
 *   <li>by Lucene's TopScoreDocCollector, top 11, the total counted exactly (every match scored);</li>
 *   <li>the same plus Lucene's own exact facets (FacetsCollector + SortedSetDocValuesFacetCounts, top 50 of each of
 *       our five dimensions);</li>
 *   <li>top 11 with the total counted only up to 1,000 (block-max skipping after: Elasticsearch's default shape), no facets;</li>
 *   <li>ours: ReportSearch.search (page, exact total, facets, works collapse, passages), answers not kept.</li>
 * </ol>
 * Prints each one's thread CPU per query (mean, p50, p90) per round; the order of the four alternates by query.
 *
 * <pre>java -Xmx2g -cp target/policy-miner.jar core/src/build/search-floor/Floor.java INDEX CORPUS ROUNDS</pre>
 */
public class Floor {
    static final List<String> COMMON = List.of("创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源", "农业", "金融", "教育", "交通", "生态", "区域", "合作",
            "平台", "项目", "资金", "增长", "研发", "技术", "规划", "工业", "消费", "人口", "就业", "园区", "基础", "质量", "安全");
    static final List<String> OTHER = List.of("国家", "地区", "地方", "社会", "管理", "系统", "体系", "机制", "水平", "能力", "重点", "推进",
            "加快", "支持", "提升", "推动", "完善", "加强", "全面", "战略", "行动", "工程", "重大", "新型", "现代", "绿色", "结构", "协同", "功能", "环境");

    static Query chunk(String w) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", w)), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("title", w)), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("name", w)), BooleanClause.Occur.SHOULD).build();
    }

    static Query pair(String q) {
        String[] w = q.split(" ");
        return new BooleanQuery.Builder().add(chunk(w[0]), BooleanClause.Occur.MUST).add(chunk(w[1]), BooleanClause.Occur.MUST).build();
    }

    public static void main(String[] a) throws Exception {
        Path index = Path.of(a[0]), corpus = Path.of(a[1]);
        int rounds = Integer.parseInt(a[2]);
        Engine engine = Engine.openForReading(Config.fromEnvironment().withIndex(index).withCorpus(corpus));
        System.err.println("ours: " + engine.prepareSearch());
        ReportSearch ours = engine.reportSearch();
        ours.keepAnswers(false);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        IndexSearcher s = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.facetsConfig());
        String[] names = {"exact top 11", "exact top 11 + Lucene facets", "top 11, total to 1,000", "ours (ReportSearch)"};
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < COMMON.size(); i++) for (int j = i + 1; j < COMMON.size(); j++) pairs.add(COMMON.get(i) + " " + COMMON.get(j));
        Collections.shuffle(pairs, new Random(20261207L));
        List<String> warm = new ArrayList<>();
        for (int i = 0; i < OTHER.size(); i++) for (int j = i + 1; j < OTHER.size(); j++) warm.add(OTHER.get(i) + " " + OTHER.get(j));
        long[] sink = new long[1];
        for (String q : warm.subList(0, 300)) for (int k = 0; k < 4; k++) sink[0] += run(k, q, s, state, ours);
        var mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long[][] cpu = new long[4][pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                for (int k0 = 0; k0 < 4; k0++) {
                    int k = (k0 + i + round) % 4;
                    long c0 = mx.getCurrentThreadCpuTime();
                    sink[0] += run(k, pairs.get(i), s, state, ours);
                    cpu[k][i] = mx.getCurrentThreadCpuTime() - c0;
                }
            }
            StringBuilder line = new StringBuilder(String.format("round %d load %s:", round, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
            double base = Arrays.stream(cpu[3]).average().orElse(0);
            for (int k = 0; k < 4; k++) {
                long[] c = cpu[k].clone();
                Arrays.sort(c);
                double mean = Arrays.stream(cpu[k]).average().orElse(0);
                line.append(String.format("%n  %-30s CPU mean %.2f p50 %.2f p90 %.2f ms (%.2f× ours)", names[k], mean / 1e6,
                        c[c.length / 2] / 1e6, c[(int) (0.9 * c.length)] / 1e6, mean / base));
            }
            System.out.println(line);
        }
        System.out.println("(checksum " + sink[0] + ")");
        System.exit(0);
    }

    static long run(int k, String q, IndexSearcher s, SortedSetDocValuesReaderState state, ReportSearch ours) throws Exception {
        switch (k) {
            case 0: {
                TopDocs t = s.search(pair(q), new TopScoreDocCollectorManager(11, null, Integer.MAX_VALUE, false));
                return t.totalHits.value;
            }
            case 1: {
                Object[] r = s.search(pair(q), new MultiCollectorManager(new TopScoreDocCollectorManager(11, null, Integer.MAX_VALUE, false),
                        new FacetsCollectorManager()));
                FacetsCollector fc = (FacetsCollector) r[1];
                SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
                long sum = ((TopDocs) r[0]).totalHits.value;
                for (String dim : LuceneDocuments.FACETS) {
                    var top = counts.getTopChildren(50, dim);
                    sum += top == null ? 0 : top.childCount;
                }
                return sum;
            }
            case 2: {
                TopDocs t = s.search(pair(q), new TopScoreDocCollectorManager(11, null, 1000, false));
                return t.totalHits.value;
            }
            default:
                return ours.search(SearchRequest.of(q, 10)).total();
        }
    }
}
