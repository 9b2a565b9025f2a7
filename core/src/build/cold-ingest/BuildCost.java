import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.extract.DocumentView;
import com.policyminer.extract.Extraction;
import com.policyminer.index.*;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.model.Figure;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;

/**
 * What building a report's index documents costs, piece by piece (session 14): the reports of CORPUS (the first N)
 * are parsed, segmented and extracted once, then, round after round on one thread, the thread CPU seconds of
 * {@code LuceneDocuments.block} for all of them, of the figures' JSON, of the views' JSON, of the stored mentions
 * of the indicator concepts and (session 16) of the mention units, with a checksum of what was written (the same for two builds that write the same).
 * At load, compare a piece with another in the same round: one piece's thread CPU moves up to 3x between rounds.
 * {@code java -XX:TieredStopAtLevel=1 -cp target/policy-miner.jar core/src/build/cold-ingest/BuildCost.java CORPUS N}
 */
public class BuildCost {
    static final com.policyminer.compare.IndicatorConcepts C = com.policyminer.compare.IndicatorConcepts.standard();
    public static void main(String[] a) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        DocumentPipeline p = new DocumentPipeline(new TikaDocumentParser(), hanlp, Extractors.standard());
        List<Path> files;
        try (var s = Files.list(Path.of(a[0]))) { files = s.sorted().limit(Integer.parseInt(a[1])).toList(); }
        List<IndexedReport> reports = new ArrayList<>();
        for (Path f : files) reports.add(p.process(f, f.getFileName().toString()));
        LuceneDocuments docs = new LuceneDocuments(hanlp);
        var t = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            long c0 = t.getCurrentThreadCpuTime(); long h = 0;
            for (IndexedReport r : reports) h += docs.block(r).size();
            long c1 = t.getCurrentThreadCpuTime();
            for (IndexedReport r : reports) for (Figure f : r.extraction().figures()) h += StoredJson.write(f).length();
            long c2 = t.getCurrentThreadCpuTime();
            for (IndexedReport r : reports) h += StoredJson.write(DocumentView.of(r.analyzed().document(), Extraction.NONE).withText("")).length();
            long c3 = t.getCurrentThreadCpuTime();
            for (IndexedReport r : reports) { var x = r.extraction(); h += StoredMentions.write(x.regions()).length() + StoredMentions.write(x.organizations()).length() + StoredMentions.write(x.policies()).length(); }
            long c4 = t.getCurrentThreadCpuTime();
            for (IndexedReport r : reports) for (Figure f : r.extraction().figures()) h += C.resolve(f.indicator(), f.normalizedUnit(), f.kind()).conceptId().length();
            long c5 = t.getCurrentThreadCpuTime();
            for (IndexedReport r : reports) h += Arrays.hashCode(EntityFields.units(r.analyzed().document().text(), r.extraction()).toBytes());
            long c6 = t.getCurrentThreadCpuTime();
            System.out.printf("round %d block %.3f figureJson %.3f docJson %.3f mentions %.3f concepts %.3f mentionUnits %.3f (%d)%n", round, (c1-c0)/1e9, (c2-c1)/1e9, (c3-c2)/1e9, (c4-c3)/1e9, (c5-c4)/1e9, (c6-c5)/1e9, h);
        }
    }
}
