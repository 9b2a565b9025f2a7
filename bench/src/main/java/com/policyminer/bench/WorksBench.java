package com.policyminer.bench;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.ingest.IngestOutcome;
import com.policyminer.ingest.IngestReport;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.IncrementalGrouper;
import com.policyminer.works.TextFingerprint;
import com.policyminer.works.WorkGrouper;
import com.policyminer.works.Works;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicate detection at scale ({@code bench --works}): generated reports (recombined runs of the same
 * seed paragraphs, so many share passages) plus one repost in a hundred (a generated report with its
 * lines re-wrapped, full-width digits and a paragraph added: it must join its original's work), ingested
 * once as {@code policy-miner ingest} does. Measured in that run: the ingest time, the time the works cost
 * it (each text's fingerprint, timed inside the ingest and divided by its threads, and grouping all
 * fingerprints once, right after), and the merges: a merge is false when the two files'
 * exact shingle Jaccard similarity is under 0.9; a repost missed is one not in its original's work.
 */
final class WorksBench {

    /** One repost per this many generated reports. */
    static final int REPOST_EVERY = 100;

    record Result(int files, int reposts, double ingestSeconds, double fingerprintSeconds, double groupSeconds,
                  int works, int mergedFiles, int mergedPairs, int falseMerges, int underJaccard, int repostsMissed,
                  long candidates, int links, double minMergedJaccard, double fullGroupSeconds, long verified, int rawFalseMergesEstimated,
                  int rawFalseMergesVerified, int updates, double lastUpdateSeconds, double bytesPerFile, double ingestCpuSeconds,
                  double fingerprintCpuSeconds, double groupCpuSeconds) {

        /** Wall time: the works' (fingerprints over the threads, updates as their thread waited for them) over the ingest's. */
        double addedShare() {
            return (fingerprintSeconds + groupSeconds) / ingestSeconds;
        }

        /** CPU time: the fingerprints' and the updates' over the whole process's during the ingest (less sensitive to load). */
        double addedCpuShare() {
            return (fingerprintCpuSeconds + groupCpuSeconds) / ingestCpuSeconds;
        }

        String format() {
            return String.format(java.util.Locale.ROOT, """
                    files                   %d (%d generated reports + %d reposts)
                    ingest (one run)        %.1f s wall, %.1f s CPU (the process, every thread)
                    fingerprints            %.2f s of it (thread time over the ingest threads), %.2f s CPU
                    works after each commit %.2f s wall, %.2f s CPU in all over %d updates, the last %.3f s (%d candidate pairs in it)
                    time added to ingest    %.2f%% wall, %.2f%% CPU (fingerprints + works after each commit over the ingest; target ≤ 5%%)
                    memory kept             %.0f bytes a file (grouper state with the fingerprints, heap after GC)
                    works                   %d; files merged into another's work %d; links (versions/overlaps) %d
                    pairs of files in one work %d
                    false merges            %d (rate %.5f of those pairs; sharing under 90%% of the larger text)
                    under 0.9 exact Jaccard %d of those pairs (lowest %.3f)
                    reposts missed          %d of %d
                    grouping all at once    %.2f s (what each commit cost before)
                    verified exactly        %d candidate pairs of all files (estimate within %.2f of 0.9: stored text read, shingles compared)
                    on the raw texts        pairs under 0.9 exact Jaccard merged: %d on the estimate alone, %d verified
                    """, files, files - reposts, reposts, ingestSeconds, ingestCpuSeconds, fingerprintSeconds,
                    fingerprintCpuSeconds, groupSeconds, groupCpuSeconds, updates, lastUpdateSeconds, candidates, addedShare() * 100,
                    addedCpuShare() * 100, bytesPerFile, works, mergedFiles, links, mergedPairs, falseMerges,
                    falseMerges / (double) Math.max(1, mergedPairs), underJaccard, minMergedJaccard, repostsMissed, reposts,
                    fullGroupSeconds, verified, WorkGrouper.VERIFY_MARGIN, rawFalseMergesEstimated, rawFalseMergesVerified);
        }
    }

    private WorksBench() {
    }

    static Result run(Path out, Path seeds, long seed, int docs, int threads, PrintStream log) throws IOException {
        Path corpus = Dirs.fresh(out.resolve("works-corpus"));
        CorpusGenerator generator = new CorpusGenerator(SeedText.read(seeds), seed);
        log.printf("generating %d reports and %d reposts …%n", docs, docs / REPOST_EVERY);
        List<Path> files = new ArrayList<>(generator.write(corpus, 0, docs));
        Map<String, String> originalOf = new HashMap<>();
        for (int i = 0; i < docs; i += REPOST_EVERY) {
            String name = String.format("repost-%06d.txt", i);
            Path repost = corpus.resolve(name);
            Files.writeString(repost, repost(Files.readString(files.get(i), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            originalOf.put(name, files.get(i).getFileName().toString());
            files.add(repost);
        }
        int[] raw = rawFalseMerges(corpus, files, log);
        double bytesPerFile = bytesPerFile(corpus, files, log);
        Config config = Config.fromEnvironment().withThreads(threads)
                .withIndex(Dirs.fresh(out.resolve("works-index"))).withCorpus(corpus);
        try (Engine engine = new Engine(config)) {
            log.println("ingesting …");
            // the works kept current as a server keeps them: grouped again at every commit the ingest makes
            CommitWatcher watcher = new CommitWatcher(engine.reads()::works);
            Thread watching = new Thread(watcher, "works-after-commit");
            watching.start();
            long t0 = System.nanoTime();
            long cpu0 = ProcessCpu.nanos();
            IngestReport report = engine.ingest().run(corpus, null);
            double ingest = (System.nanoTime() - t0) / 1e9;
            double ingestCpu = (ProcessCpu.nanos() - cpu0) / 1e9;
            watcher.stop();
            try {
                watching.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            log.printf("ingested %d files in %.1f s%n", report.count(IngestOutcome.INDEXED), ingest);

            // the fingerprints' time within this ingest, over its threads
            double fingerprintCpu = engine.pipeline().fingerprintCpuNanos() / 1e9;
            double fingerprint = engine.pipeline().fingerprintNanos() / 1e9 / Math.max(1, config.threads());

            WorkCatalog.View view = watcher.view(engine.reads().works()); // the last commit's, if the watcher did not see it
            double group = watcher.millis / 1e3;
            Works works = view.works();
            long f0 = System.nanoTime();
            WorkCatalog.View all = new WorkCatalog(engine.embeddedIndex().searchers()).get(); // every report grouped at once, for comparison
            double fullGroup = (System.nanoTime() - f0) / 1e9;
            if (!all.works().works().equals(works.works()) || !all.works().links().equals(works.links())) {
                throw new IllegalStateException("the works kept current differ from the works of all files grouped at once");
            }
            log.printf("works kept current over %d commits: %.2f s in all (%.2f s CPU), the last update %d ms; grouping all %d files at once: %.2f s%n",
                    watcher.updates, group, watcher.cpuMillis / 1e3, view.millis(), files.size(), fullGroup);

            Map<String, long[]> sets = new HashMap<>();
            Map<String, String> pathOfDoc = new HashMap<>();
            works.works().forEach(w -> w.files().forEach(m -> pathOfDoc.put(m.docId(), m.path())));
            int merged = 0;
            int pairs = 0;
            int falseMerges = 0;
            int underJaccard = 0;
            double minJaccard = 1;
            for (Works.Work w : works.works()) {
                if (w.files().size() < 2) {
                    continue;
                }
                merged += w.files().size() - 1;
                for (int i = 0; i < w.files().size(); i++) {
                    for (int j = i + 1; j < w.files().size(); j++) {
                        Works.Member a = w.files().get(i);
                        Works.Member b = w.files().get(j);
                        long[] sa = sets.computeIfAbsent(a.path(), p -> shingles(corpus, p));
                        long[] sb = sets.computeIfAbsent(b.path(), p -> shingles(corpus, p));
                        double exact = TextFingerprint.jaccard(sa, sb);
                        double common = exact * (sa.length + sb.length) / (1 + exact);
                        double shared = common / Math.max(sa.length, sb.length); // the smaller share of the two texts
                        pairs++;
                        minJaccard = Math.min(minJaccard, exact);
                        underJaccard += exact < WorkGrouper.SAME_WORK ? 1 : 0;
                        if (shared < 0.9) {
                            falseMerges++;
                            log.printf("false merge: %s with %s (they share %.3f of the larger text; exact Jaccard %.3f)%n",
                                    b.path(), a.path(), shared, exact);
                        }
                    }
                }
            }
            Map<String, String> workOfPath = new HashMap<>();
            works.works().forEach(w -> w.files().forEach(m -> workOfPath.put(m.path(), w.id())));
            int missed = 0;
            for (Map.Entry<String, String> e : originalOf.entrySet()) {
                String a = workOfPath.get(e.getKey());
                if (a == null || !a.equals(workOfPath.get(e.getValue()))) {
                    missed++;
                    log.printf("repost missed: %s is not in the work of %s%n", e.getKey(), e.getValue());
                }
            }
            return new Result(files.size(), originalOf.size(), ingest, fingerprint, group, works.works().size(), merged,
                    pairs, falseMerges, underJaccard, missed, works.candidates(), works.links().size(), merged == 0 ? Double.NaN : minJaccard,
                    fullGroup, all.works().verified(), raw[0], raw[1], watcher.updates, view.millis() / 1e3, bytesPerFile, ingestCpu,
                    fingerprintCpu, watcher.cpuMillis / 1e3);
        }
    }

    /**
     * The merge rule before and after exact verification, on the same corpus in the same run: the files'
     * own texts (no parse) grouped on the estimate alone and verified; each count is of pairs of files in
     * one work whose exact shingle Jaccard is under 0.9.
     */
    static int[] rawFalseMerges(Path corpus, List<Path> files, PrintStream log) throws IOException {
        Map<String, long[]> sets = new HashMap<>();
        List<WorkGrouper.File> prints = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String path = corpus.relativize(f).toString();
            sets.put(path, TextFingerprint.shingleSet(text));
            prints.add(new WorkGrouper.File(path, path, f.getFileName().toString(), TextFingerprint.of(text)));
        }
        WorkGrouper.ExactJaccard exact = (a, b) -> TextFingerprint.jaccard(sets.get(a.docId()), sets.get(b.docId()));
        int[] out = new int[2];
        Works[] grouped = {WorkGrouper.group(prints), WorkGrouper.group(prints, exact)};
        for (int k = 0; k < 2; k++) {
            for (Works.Work w : grouped[k].works()) {
                for (int i = 0; i < w.files().size(); i++) {
                    for (int j = i + 1; j < w.files().size(); j++) {
                        double jaccard = TextFingerprint.jaccard(sets.get(w.files().get(i).docId()), sets.get(w.files().get(j).docId()));
                        if (jaccard < WorkGrouper.SAME_WORK) {
                            out[k]++;
                            log.printf("raw texts, %s: %s with %s at exact Jaccard %.3f%n", k == 0 ? "estimate alone" : "verified",
                                    w.files().get(j).path(), w.files().get(i).path(), jaccard);
                        }
                    }
                }
            }
        }
        log.printf("raw texts: %d pairs under 0.9 merged on the estimate alone, %d verified (%d pairs verified)%n",
                out[0], out[1], grouped[1].verified());
        return out;
    }

    /**
     * The heap the works kept between commits take, a file: an {@link IncrementalGrouper} fed every file's
     * fingerprint (of its raw text: the same size as the index's), measured after a full GC before and after.
     */
    static double bytesPerFile(Path corpus, List<Path> files, PrintStream log) throws IOException {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        List<WorkGrouper.File> prints = new ArrayList<>();
        for (Path f : files) {
            String path = corpus.relativize(f).toString();
            prints.add(new WorkGrouper.File(path, path, f.getFileName().toString(),
                    TextFingerprint.of(Files.readString(f, StandardCharsets.UTF_8))));
        }
        IncrementalGrouper grouper = new IncrementalGrouper();
        grouper.update(prints, null);
        long after = usedAfterGc(rt);
        double perFile = (after - before) / (double) files.size();
        log.printf("memory: %d files grouped, %.0f bytes a file kept (%d works, %d links)%n", grouper.size(), perFile,
                grouper.works().works().size(), grouper.works().links().size());
        prints.clear();
        return perFile;
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Asks for the works whenever the index has a new version (every commit), adding up the time each update took. */
    private static final class CommitWatcher implements Runnable {
        private final ViewSource catalog;
        private volatile boolean stopped;
        private WorkCatalog.View last;
        long millis;
        long cpuMillis;
        int updates;

        /** The works of the current index version (grouped when it is new). */
        interface ViewSource {
            WorkCatalog.View get() throws IOException;
        }

        CommitWatcher(ViewSource catalog) {
            this.catalog = catalog;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            while (!stopped) {
                try {
                    view(catalog.get());
                    Thread.sleep(100);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        synchronized WorkCatalog.View view(WorkCatalog.View v) {
            if (v != last) {
                last = v;
                millis += v.millis();
                cpuMillis += v.cpuMillis();
                updates++;
            }
            return v;
        }
    }

    private static long[] shingles(Path corpus, String path) {
        try {
            return TextFingerprint.shingleSet(Files.readString(corpus.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The same report as another site reposts it: prose lines wrapped at 40 characters, full-width
     * digits, a note added. Table rows (tab-separated) stay whole: wrapping them breaks the table apart,
     * and a text file's table is read as cells (a first run that wrapped them too missed the 4 reposts
     * of reports with tables, at an estimated similarity of 0.875).
     */
    static String repost(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.indexOf('\t') >= 0) {
                b.append(line).append('\n'); // a table row stays a row (a site reposting a table keeps it one)
                continue;
            }
            for (int i = 0; i < line.length(); i += 40) {
                b.append(line, i, Math.min(line.length(), i + 40)).append('\n');
            }
        }
        StringBuilder wide = new StringBuilder();
        b.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return wide + "\n（本文转载自某研究机构微信公众号，原文有删节。转载请注明出处，版权归原作者所有。）\n";
    }
}
