import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import com.policyminer.search.FigureHit;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.FigureResult;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Every shape of figure query over one index, its answers written as JSON one per line (query, tab, answer), so the
 * answers of two builds over the same corpus can be compared with diff; then ROUNDS timed rounds of the queries
 * with text (q) that ask for a page of at most 100 figures, thread CPU and wall per round. The words searched are the fixed list below and words drawn (seed
 * 18) from the sentences of the index's first 10,000 figures, so two builds that find the same figures draw the
 * same words.
 *   java -cp JAR core/src/build/figure-answers/FigureAnswers.java INDEX OUT.jsonl [ROUNDS]
 */
public class FigureAnswers {

    static FigureQuery fq(String q, List<String> subjects, boolean expand, List<String> types, String indicator, boolean exact,
                          Integer y0, Integer y1, String unit, String kind, List<String> docs, Double min, Double max,
                          String sort, int page, int size) {
        return new FigureQuery(q, subjects, expand, types, indicator, exact, y0, y1, unit, kind, docs, min, max, sort, page, size);
    }

    static FigureQuery text(String q, String sort, int page, int size) {
        return fq(q, List.of(), false, List.of(), "", false, null, null, "", "", List.of(), null, null, sort, page, size);
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (Engine e = Engine.openForReading(Config.fromEnvironment().withIndex(index))) {
            List<Figure> first = e.reads().figures(FigureQuery.all(FigureQuery.MAX_SIZE)).figures().stream().map(FigureHit::figure).toList();
            Analyzers analyzers = new Analyzers(new com.policyminer.analysis.HanLPAnalyzer());
            Set<String> words = new LinkedHashSet<>(List.of("研发", "经费", "分别", "技术合同", "专利", "高新技术企业", "增长", "同比增长",
                    "西安", "R&D", "投入强度", "亿元", "科技", "企业", "占", "全省", "2020年", "兰州市和西安市"));
            Random r = new Random(18);
            for (int i = 0; i < 150; i++) {
                List<String> tokens = tokens(analyzers, first.get(r.nextInt(first.size())).sentence());
                if (tokens.size() < 2) {
                    continue;
                }
                int at = r.nextInt(tokens.size() - 1);
                words.add(tokens.get(at));
                words.add(tokens.get(at) + tokens.get(at + 1));
            }
            List<String> someDocs = first.stream().map(Figure::docId).distinct().limit(40).toList();
            List<FigureQuery> withText = new ArrayList<>();
            List<FigureQuery> all = new ArrayList<>();
            int w = 0;
            for (String q : words) {
                withText.add(text(q, "document", 1, 20));
                withText.add(text(q, "document", 1, FigureQuery.MAX_SIZE));
                withText.add(text(q, List.of("value", "-value", "year", "-year").get(w % 4), 2, 20));
                if (w < 30) {
                    List<String> docs = List.of(someDocs.get(w), someDocs.get(w + 5), someDocs.get(w + 10));
                    withText.add(fq(q, List.of("西安"), false, List.of(), "", false, null, null, "", "", List.of(), null, null, "value", 1, 100));
                    withText.add(fq(q, List.of("陕西省"), true, List.of(), "", false, null, null, "", "", List.of(), null, null, "document", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of("region", "region-group"), "", false, null, null, "", "", List.of(), null, null, "-year", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "研发投入强度", false, null, null, "", "", List.of(), null, null, "-value", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "研发投入强度", true, null, null, "", "", List.of(), null, null, "document", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "", false, 2020, 2024, "", "", List.of(), null, null, "year", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "", false, null, null, "亿元", "", List.of(), null, null, "document", 3, 10));
                    withText.add(fq(q, List.of(), false, List.of(), "", false, null, null, "%", "share", List.of(), null, null, "value", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "", false, null, null, "", "growth", List.of(), null, null, "document", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "", false, null, null, "", "", docs, null, null, "document", 1, 100));
                    withText.add(fq(q, List.of(), false, List.of(), "", false, null, null, "", "", List.of(), 1e9, 1e12, "-value", 1, 100));
                }
                w++;
            }
            all.addAll(withText);
            all.add(FigureQuery.all(100));
            all.add(fq("", List.of("西安"), false, List.of(), "", false, null, null, "", "", List.of(), null, null, "document", 1, 100));
            all.add(fq("", List.of("陕西省"), true, List.of(), "", false, null, null, "", "", List.of(), null, null, "value", 2, 50));
            all.add(fq("", List.of(), false, List.of(), "研发投入强度", false, 2019, 2023, "", "", List.of(), null, null, "-value", 1, 100));
            all.add(fq("", List.of(), false, List.of(), "", false, null, null, "亿元", "level", List.of(), 1e10, 1e12, "-value", 1, 100));
            long found = 0;
            try (PrintWriter p = new PrintWriter(Files.newBufferedWriter(out))) {
                for (FigureQuery q : all) {
                    FigureResult res = e.reads().figures(q);
                    found += res.total();
                    p.println(StoredJson.write(q) + "\t" + StoredJson.write(res));
                }
            }
            System.out.printf("words=%d queries=%d (with text %d) figures found=%d%n", words.size(), all.size(), withText.size(), found);
            // a page of an answer, as the API gives it (the 10,000-figure answers spend their time reading the figures)
            List<FigureQuery> timed = withText.stream().filter(q -> q.size() <= 100).toList();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int round = 1; round <= rounds; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (FigureQuery q : timed) {
                    e.reads().figures(q);
                }
                System.out.printf("round %d: %d queries with text, cpu %.3f s, wall %.3f s%n", round, timed.size(),
                        (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, (System.nanoTime() - wall0) / 1e9);
            }
        }
    }

    static List<String> tokens(Analyzers a, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.perField().tokenStream(Schema.SENTENCE.fieldName(), text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }
}
