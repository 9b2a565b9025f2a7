package com.policyminer.bench;

import com.policyminer.cli.Main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ours against plain Tika from a cold start, as a user meets them: a fresh JVM per run (this
 * JVM's {@code java} and class path, no flags) that parses the whole PDF folder once
 * ({@link PdfParseMain}), timed from launch to exit. First one discarded run of each on a single
 * file, so that the first timed process does not read the jar from disk for both. Then the two
 * alternate, {@code rounds} runs each (ours first in even rounds); each round gives a ratio, the
 * median and range are kept. Then, for the record, one {@code policy-miner ingest} of the same
 * folder into a fresh index (parse, HanLP, extraction and indexing, on all cores).
 */
final class PdfColdBench {

    /**
     * One fresh process: what it ran, wall-clock seconds from launch to exit, the CPU seconds it
     * reported (-1 when it did not), its exit code, the last line it printed, and the file its
     * standard error went to (a failed file is named there).
     */
    record Run(String what, double seconds, double cpuSeconds, int exitCode, String output, String log) {
    }

    /** One round: ours' run and Tika's. */
    record Pair(Run ours, Run tika) {
        double ratio() {
            return tika.seconds() / ours.seconds();
        }

        double cpuRatio() {
            return ours.cpuSeconds() <= 0 ? 0 : tika.cpuSeconds() / ours.cpuSeconds();
        }
    }

    /**
     * @param ratio    ours' speed / Tika's (Tika's seconds / ours) in the median round; {@code ratioMin}, {@code ratioMax} the range
     * @param cpuRatio the same by the processes' CPU time, median round (by wall-clock ratio)
     * @param ingest   one {@code ingest} run of the folder, launch to exit (null when not run)
     */
    record Result(int files, int pages, double mb, Pair median, double ratio, double ratioMin, double ratioMax,
                  double cpuRatio, List<Pair> rounds, Run ingest) {
    }


    private final Path folder;
    private final int files;
    private final int pages;
    private final double mb;
    private final Path work;

    PdfColdBench(Path folder, int files, int pages, double mb, Path work) {
        this.folder = folder;
        this.files = files;
        this.pages = pages;
        this.mb = mb;
        this.work = work;
    }

    Result run(int rounds, boolean ingest) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("at least one round");
        }
        for (PdfParsers p : PdfParsers.values()) {
            parse(p, "warmup", "1");
        }
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Run ours;
            Run tika;
            if (r % 2 == 0) {
                ours = parse(PdfParsers.OURS, Integer.toString(r), null);
                tika = parse(PdfParsers.TIKA, Integer.toString(r), null);
            } else {
                tika = parse(PdfParsers.TIKA, Integer.toString(r), null);
                ours = parse(PdfParsers.OURS, Integer.toString(r), null);
            }
            pairs.add(new Pair(ours, tika));
        }
        Run ingestRun = null;
        if (ingest) {
            Path index = Dirs.fresh(work.resolve("index-pdf"));
            ingestRun = launch("ingest", List.of(Main.class.getName(), "ingest", "--corpus", folder.toString(),
                    "--index", index.toString()), "ingest");
        }
        List<Pair> sorted = pairs.stream().sorted(Comparator.comparingDouble(Pair::ratio)).toList();
        Pair median = sorted.get(sorted.size() / 2);
        return new Result(files, pages, mb, median, median.ratio(), sorted.get(0).ratio(),
                sorted.get(sorted.size() - 1).ratio(), median.cpuRatio(), pairs, ingestRun);
    }

    private Run parse(PdfParsers p, String round, String maxFiles) throws IOException {
        List<String> args = new ArrayList<>(List.of(PdfParseMain.class.getName(), p.label, folder.toString()));
        if (maxFiles != null) {
            args.add(maxFiles);
        }
        return launch(p.label, args, "parse-" + p.label + "-" + round);
    }

    private Run launch(String what, List<String> args, String log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(args);
        Path logFile = work.resolve(log + ".log");
        FreshProcess.Run r = FreshProcess.run(what, cmd, java.util.Map.of(), logFile);
        return new Run(what, r.seconds(), r.cpuSeconds(), r.exitCode(), r.output(), logFile.toString());
    }
}
