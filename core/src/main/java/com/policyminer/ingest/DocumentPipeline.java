package com.policyminer.ingest;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.index.IndexedReport;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Deadline;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.StageTimes;
import com.policyminer.model.StageTimes.Stage;
import com.policyminer.model.Token;
import com.policyminer.parse.DocumentParser;
import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.ParseLimits;
import com.policyminer.works.TextFingerprint;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * parse → analyze (one HanLP pass) → extract, for one file. Thread-safe. What the file's
 * {@link Sidecar} says (uploaded name, given title and date) is applied to the parsed document.
 */
public final class DocumentPipeline {

    private final DocumentParser parser;
    private final HanLPAnalyzer analyzer;
    private final Extractors extractors;
    private final MemoryBudget memory;
    private final Function<ParsedDocument, Deadline> deadlines;
    private final java.util.concurrent.atomic.LongAdder fingerprintNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder fingerprintCpuNanos = new java.util.concurrent.atomic.LongAdder();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public DocumentPipeline(DocumentParser parser, HanLPAnalyzer analyzer, Extractors extractors) {
        this(parser, analyzer, extractors, MemoryBudget.ofHeap());
    }

    /** With a memory budget: a parsed text is segmented and extracted only when it fits (see {@link MemoryBudget}). */
    public DocumentPipeline(DocumentParser parser, HanLPAnalyzer analyzer, Extractors extractors, MemoryBudget memory) {
        this(parser, analyzer, extractors, memory, deadlines(ParseLimits.DEFAULT));
    }

    /**
     * With a time budget too: segmenting and extracting a parsed file stops with {@code FAILED_TIMEOUT} at
     * the deadline {@code deadlines} gives it (see {@link #deadlines(ParseLimits)}).
     */
    public DocumentPipeline(DocumentParser parser, HanLPAnalyzer analyzer, Extractors extractors, MemoryBudget memory,
                            Function<ParsedDocument, Deadline> deadlines) {
        this.memory = memory;
        this.parser = parser;
        this.analyzer = analyzer;
        this.extractors = extractors;
        this.deadlines = deadlines;
    }

    /** A deadline {@link ParseLimits#analysisBudget} from the moment a parsed file's analysis starts. */
    public static Function<ParsedDocument, Deadline> deadlines(ParseLimits limits) {
        return doc -> Deadline.in(limits.analysisBudget(doc.text().length()));
    }

    /** Processes a file with what its sidecar, if it has one, says of it. */
    public IndexedReport process(Path file, String displayPath) throws ParseFailure {
        return process(file, displayPath, Sidecar.read(file).orElse(null));
    }

    /** {@link #process(Path, String)}, each stage's time added to {@code times}. */
    public IndexedReport process(Path file, String displayPath, StageTimes times) throws ParseFailure {
        return process(file, displayPath, Sidecar.read(file).orElse(null), times);
    }

    /** Processes a file with what {@code sidecar} (may be null) says of it (an upload, before its sidecar is written). */
    public IndexedReport process(Path file, String displayPath, Sidecar sidecar) throws ParseFailure {
        return process(file, displayPath, sidecar, StageTimes.OFF);
    }

    private IndexedReport process(Path file, String displayPath, Sidecar sidecar, StageTimes times) throws ParseFailure {
        ParsedDocument doc = parser.parse(file, displayPath, times);
        try (MemoryBudget.Permit admitted = memory.admit(doc.text().length(), displayPath)) {
            Deadline deadline = deadlines.apply(doc);
            try {
                return process(sidecar == null ? doc : sidecar.applyTo(doc), deadline, times);
            } catch (Deadline.Exceeded e) {
                throw new ParseFailure(ParseFailure.Reason.TIMEOUT, e.getMessage() + " (" + doc.text().length()
                        + " characters; POLICYMINER_ANALYSIS_TIMEOUT_S sets the budget per million characters)");
            }
        }
    }

    public IndexedReport process(ParsedDocument doc) {
        return process(doc, Deadline.NONE);
    }

    /** Segments and extracts {@code doc}; {@link Deadline.Exceeded} when {@code deadline} passes first. */
    public IndexedReport process(ParsedDocument doc, Deadline deadline) {
        return process(doc, deadline, StageTimes.OFF);
    }

    /** {@link #process(ParsedDocument, Deadline)}, each stage's time added to {@code times}. */
    public IndexedReport process(ParsedDocument doc, Deadline deadline, StageTimes times) {
        AnalyzedDocument analyzed = times.time(Stage.SEGMENT,
                () -> new AnalyzedDocument(doc, analyzer.segment(doc.text(), Token::new, deadline)));
        Extraction extraction = extractors.extract(analyzed, deadline, times);
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long[] fingerprinting = times.start(Stage.FINGERPRINT);
        TextFingerprint fingerprint = TextFingerprint.of(doc.text());
        times.stop(Stage.FINGERPRINT, fingerprinting);
        fingerprintCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu0);
        fingerprintNanos.add(System.nanoTime() - t0);
        return new IndexedReport(analyzed, extraction, fingerprint);
    }

    /** Time spent fingerprinting texts (all threads together), for the benchmark. */
    public long fingerprintNanos() {
        return fingerprintNanos.sum();
    }

    /** CPU time spent fingerprinting texts (all threads together; on a busy machine less than {@link #fingerprintNanos}). */
    public long fingerprintCpuNanos() {
        return fingerprintCpuNanos.sum();
    }

    public AnalyzedDocument analyze(ParsedDocument doc) {
        return new AnalyzedDocument(doc, analyzer.segment(doc.text(), Token::new));
    }

    public DocumentParser parser() {
        return parser;
    }
}
