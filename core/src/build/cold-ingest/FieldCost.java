import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.*;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;

/**
 * What each part of a report's block costs the index writer: the reports of CORPUS (the first N) are parsed,
 * segmented and extracted once, then indexed three rounds over, in one thread (merges too), in variants: all of
 * the block, without the figure documents, without the body's bigram field, without the extraction document.
 * Thread CPU seconds of building the documents, adding them, the commits and the final merge into one segment.
 * {@code java -XX:TieredStopAtLevel=1 -cp target/policy-miner.jar core/src/build/cold-ingest/FieldCost.java CORPUS N}
 */
public class FieldCost {
    public static void main(String[] a) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        DocumentPipeline p = new DocumentPipeline(new TikaDocumentParser(), hanlp, Extractors.standard());
        List<Path> files;
        try (var s = Files.list(Path.of(a[0]))) { files = s.sorted().limit(Integer.parseInt(a[1])).toList(); }
        List<IndexedReport> reports = new ArrayList<>();
        for (Path f : files) reports.add(p.process(f, f.getFileName().toString()));
        Analyzers analyzers = new Analyzers(hanlp);
        LuceneDocuments docs = new LuceneDocuments(hanlp);
        var threads = ManagementFactory.getThreadMXBean();
        String[] variants = {"all", "no-figure-docs", "no-bigram", "no-extraction-doc"};
        for (int round = 0; round < 3; round++) {
            for (String v : variants) {
                Path dir = Files.createTempDirectory("fc");
                long c0 = threads.getCurrentThreadCpuTime();
                long build = 0, add = 0;
                try (FSDirectory d = FSDirectory.open(dir);
                     IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzers.perField()).setRAMBufferSizeMB(128)
                             .setMergeScheduler(new SerialMergeScheduler()).setMergePolicy(NoMergePolicy.INSTANCE))) {
                    int n = 0;
                    for (IndexedReport r : reports) {
                        long b0 = threads.getCurrentThreadCpuTime();
                        List<Document> block = new ArrayList<>(docs.block(r));
                        if (v.equals("no-figure-docs")) block.removeIf(x -> "figure".equals(x.get("type")));
                        if (v.equals("no-extraction-doc")) block.removeIf(x -> "extraction".equals(x.get("type")));
                        if (v.equals("no-bigram")) block.forEach(x -> x.removeFields("body_bigram"));
                        long b1 = threads.getCurrentThreadCpuTime();
                        w.updateDocuments(new Term("path", r.analyzed().document().path()), block);
                        add += threads.getCurrentThreadCpuTime() - b1; build += b1 - b0;
                        if (++n == reports.size() / 2) w.commit();
                    }
                    long f0 = threads.getCurrentThreadCpuTime();
                    w.commit();
                    long m0 = threads.getCurrentThreadCpuTime();
                    w.getConfig().setMergePolicy(new TieredMergePolicy());
                    w.forceMerge(1);
                    w.commit();
                    long m1 = threads.getCurrentThreadCpuTime();
                    System.out.printf("round %d %-18s build %.2f add %.2f commit %.2f merge %.2f total %.2f size %.1f MB%n", round, v,
                            build / 1e9, add / 1e9, (m0 - f0) / 1e9, (m1 - m0) / 1e9, (m1 - c0) / 1e9, size(dir) / 1e6);
                }
            }
        }
    }
    static long size(Path dir) throws Exception { try (var s = Files.list(dir)) { return s.mapToLong(f -> f.toFile().length()).sum(); } }
}
