import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.extract.figures.FigureExtractor;
import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.extract.policy.PolicyExtractor;
import com.policyminer.extract.region.RegionExtractor;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Every extraction stage alone, timed, with a hash of its output: parses every report of CORPUS once, then ROUNDS
 * times on one thread runs HanLP segmentation, the region, organization, policy and figure extractors and the whole
 * {@link Extractors} (as ingest runs it), one stage after the other over all the reports, and prints each stage's
 * thread CPU seconds and a sha-256 of everything it returned (every field of every word or mention, in order), so two
 * builds can be shown to give byte-identical outputs. Run on C1 as the launcher's ingest does:
 *   java -XX:TieredStopAtLevel=1 -cp target/policy-miner.jar core/src/build/extract-rounds/ExtractRounds.java CORPUS [ROUNDS] [LIMIT] [STAGES]
 * STAGES: a comma-separated subset of segment,regions,organizations,policies,figures,all (default: every one).
 */
public class ExtractRounds {

    record Input(ParsedDocument parsed, AnalyzedDocument doc, List<com.policyminer.model.RegionMention> r,
                 List<com.policyminer.model.OrganizationMention> o, List<com.policyminer.model.PolicyMention> p) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        List<String> stages = List.of((args.length > 3 ? args[3] : "segment,regions,organizations,policies,figures,all").split(","));
        TikaDocumentParser parser = new TikaDocumentParser();
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        Extractors all = Extractors.standard();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, all);
        RegionExtractor regions = RegionExtractor.standard();
        OrganizationExtractor orgs = OrganizationExtractor.standard();
        PolicyExtractor policies = PolicyExtractor.standard();
        FigureExtractor figures = FigureExtractor.standard();
        List<Input> inputs = new ArrayList<>();
        long chars = 0;
        try (var files = Files.list(corpus)) {
            for (Path f : files.sorted().limit(limit).toList()) {
                ParsedDocument parsed = parser.parse(f, f.getFileName().toString());
                AnalyzedDocument a = pipeline.analyze(parsed);
                var r = regions.extract(a);
                var o = orgs.extract(a);
                inputs.add(new Input(parsed, a, r, o, policies.extract(a, o, r)));
                chars += a.text().length();
            }
        }
        System.out.printf("reports=%d chars=%d%n", inputs.size(), chars);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (String stage : stages) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long n = 0;
                long cpu = threads.getCurrentThreadCpuTime();
                List<Object> out = new ArrayList<>(inputs.size());
                for (Input in : inputs) {
                    out.add(switch (stage) {
                        case "segment" -> hanlp.segment(in.doc().text());
                        case "regions" -> regions.extract(in.doc());
                        case "organizations" -> orgs.extract(in.doc());
                        case "policies" -> policies.extract(in.doc(), in.o(), in.r());
                        case "figures" -> figures.extract(in.doc(), in.r(), in.o(), in.p());
                        case "all" -> all.extract(in.doc());
                        default -> throw new IllegalArgumentException("unknown stage " + stage);
                    });
                }
                double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                for (Object o : out) {
                    if (o instanceof List<?> list) {
                        for (Object x : list) {
                            sha.update(x.toString().getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) '\n');
                            n++;
                        }
                    } else {
                        sha.update(o.toString().getBytes(StandardCharsets.UTF_8));
                        n++;
                    }
                    sha.update((byte) 0);
                }
                line.append(String.format(" %s %.3f (%d, %s)", stage, cpuS, n, HexFormat.of().formatHex(sha.digest()).substring(0, 16)));
            }
            System.out.println(line);
        }
    }
}
