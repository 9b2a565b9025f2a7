import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.extract.figures.FigureExtractor;
import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.extract.policy.PolicyExtractor;
import com.policyminer.extract.region.RegionExtractor;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
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
 * Figure extraction alone, timed: parses and analyzes every report of a corpus once (HanLP, regions, organizations,
 * policies), then runs {@link FigureExtractor} over all of them ROUNDS times on one thread and prints each round's
 * thread CPU seconds, and a sha-256 of every figure found (all fields), so two builds can be checked to give
 * the same output.
 *   java -cp target/policy-miner.jar [-XX:TieredStopAtLevel=1] core/src/build/figure-rounds/FigureRounds.java CORPUS [ROUNDS] [LIMIT]
 * LIMIT: only the first LIMIT reports (sorted by name). Add -XX:StartFlightRecording=filename=f.jfr for a profile.
 */
public class FigureRounds {

    record Input(AnalyzedDocument doc, List<RegionMention> r, List<OrganizationMention> o, List<PolicyMention> p) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, new HanLPAnalyzer(), Extractors.standard());
        RegionExtractor regions = RegionExtractor.standard();
        OrganizationExtractor orgs = OrganizationExtractor.standard();
        PolicyExtractor policies = PolicyExtractor.standard();
        FigureExtractor figures = FigureExtractor.standard();
        List<Input> inputs = new ArrayList<>();
        long chars = 0;
        try (var files = Files.list(corpus)) {
            for (Path f : files.sorted().limit(limit).toList()) {
                AnalyzedDocument a = pipeline.analyze(parser.parse(f, f.getFileName().toString()));
                var r = regions.extract(a);
                var o = orgs.extract(a);
                inputs.add(new Input(a, r, o, policies.extract(a, o, r)));
                chars += a.text().length();
            }
        }
        System.out.printf("reports=%d chars=%d%n", inputs.size(), chars);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long n = 0;
            long cpu = threads.getCurrentThreadCpuTime();
            long process = processCpuNanos();
            long t0 = System.nanoTime();
            List<List<Figure>> out = new ArrayList<>(inputs.size());
            for (Input in : inputs) {
                out.add(figures.extract(in.doc(), in.r(), in.o(), in.p()));
            }
            double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallS = (System.nanoTime() - t0) / 1e9;
            double processS = (processCpuNanos() - process) / 1e9;
            for (List<Figure> fs : out) {
                for (Figure f : fs) {
                    sha.update(f.toString().getBytes(StandardCharsets.UTF_8));
                    n++;
                }
            }
            System.out.printf("round=%d figures=%d cpu_s=%.3f process_cpu_s=%.3f wall_s=%.3f sha=%s%n", round, n, cpuS, processS, wallS,
                    HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        }
    }

    /** CPU of the whole process: the extracting thread, and the garbage collector and JIT threads it keeps busy. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
