package com.policyminer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ours against plain Tika on the same PDFs in one JVM, one file at a time on one thread: first
 * {@code warmUp} untimed rounds over every file (class loading, JIT), then {@code rounds} timed
 * rounds. Within a round the two take turns over the files, a few files each, which one first
 * alternating from turn to turn and from round to round, so both meet the same load from other
 * jobs on the machine. Each
 * round gives a ratio (Tika's time / ours: ours' speed relative to Tika's); the result keeps the
 * median round and the range.
 */
final class PdfWarmBench {

    /** One timed round: wall-clock and CPU seconds (of the whole JVM, GC and JIT included) of each parser. */
    record Round(double oursSeconds, double tikaSeconds, double oursCpuSeconds, double tikaCpuSeconds) {
        double ratio() {
            return tikaSeconds / oursSeconds;
        }

        double cpuRatio() {
            return oursCpuSeconds == 0 ? 0 : tikaCpuSeconds / oursCpuSeconds;
        }
    }

    /** One parser in the median round: pages and MB per second, and the characters of text it produced. */
    record Side(String parser, String description, double seconds, double pagesPerSec, double mbPerSec, double cpuSeconds,
                long textChars, int failed) {
    }

    /**
     * @param ratio    ours' speed / Tika's in the median round (by ratio); {@code ratioMin}, {@code ratioMax} the range over the rounds
     * @param cpuRatio the same by CPU time, median round
     */
    record Result(int files, int pages, double mb, int warmUpRounds, Side ours, Side tika, double ratio, double ratioMin,
                  double ratioMax, double cpuRatio, List<Round> rounds, List<String> failures) {
    }

    private final List<Path> files;
    private final int pages;
    private final int warmUp;
    private final int rounds;

    PdfWarmBench(List<Path> files, int pages, int warmUp, int rounds) {
        if (files.isEmpty() || rounds < 1 || warmUp < 0) {
            throw new IllegalArgumentException("need files, at least one timed round and no negative warm-up");
        }
        this.files = files;
        this.pages = pages;
        this.warmUp = warmUp;
        this.rounds = rounds;
    }

    Result run() throws java.io.IOException {
        PdfParsers.Parse ours = PdfParsers.OURS.create();
        PdfParsers.Parse tika = PdfParsers.TIKA.create();
        Set<String> failures = new LinkedHashSet<>();
        for (int r = 0; r < warmUp; r++) {
            round(r, ours, tika, new long[2], failures);
        }
        List<Round> timed = new ArrayList<>();
        long[] chars = new long[2];
        for (int r = 0; r < rounds; r++) {
            timed.add(round(warmUp + r, ours, tika, r == 0 ? chars : new long[2], failures));
        }
        Round[] byRatio = timed.toArray(Round[]::new);
        Arrays.sort(byRatio, (a, b) -> Double.compare(a.ratio(), b.ratio()));
        Round median = byRatio[byRatio.length / 2];
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double mb = bytes / (double) (1 << 20);
        int oursFailed = (int) failures.stream().filter(s -> s.startsWith("ours")).count();
        return new Result(files.size(), pages, mb, warmUp,
                side(PdfParsers.OURS, median.oursSeconds(), median.oursCpuSeconds(), mb, chars[0], oursFailed),
                side(PdfParsers.TIKA, median.tikaSeconds(), median.tikaCpuSeconds(), mb, chars[1], failures.size() - oursFailed),
                median.ratio(), byRatio[0].ratio(), byRatio[byRatio.length - 1].ratio(), median.cpuRatio(), timed,
                List.copyOf(failures));
    }

    private Side side(PdfParsers p, double seconds, double cpu, double mb, long chars, int failed) {
        return new Side(p.label, p.description, seconds, pages / seconds, mb / seconds, cpu, chars, failed);
    }

    /** Files per turn: the JVM's CPU clock ticks in 10 ms steps, so a turn must last much longer than one parse. */
    static final int TURN = 5;

    /**
     * Every file through both parsers, in turns of {@link #TURN} files (ours then Tika, or Tika then
     * ours, alternating by turn and round); {@code chars} receives the text each produced.
     */
    private Round round(int round, PdfParsers.Parse ours, PdfParsers.Parse tika, long[] chars, Set<String> failures) {
        long[] wall = new long[2];
        long[] cpu = new long[2];
        for (int from = 0, turn = 0; from < files.size(); from += TURN, turn++) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + TURN));
            boolean oursFirst = (turn + round) % 2 == 0;
            for (int k = 0; k < 2; k++) {
                int which = oursFirst == (k == 0) ? 0 : 1;
                PdfParsers.Parse parse = which == 0 ? ours : tika;
                long c0 = ProcessCpu.nanos();
                long t0 = System.nanoTime();
                for (Path f : batch) {
                    try {
                        chars[which] += parse.parse(f);
                    } catch (Exception e) {
                        failures.add((which == 0 ? "ours " : "tika ") + f.getFileName() + ": " + e);
                    }
                }
                wall[which] += System.nanoTime() - t0;
                cpu[which] += ProcessCpu.nanos() - c0;
            }
        }
        return new Round(wall[0] / 1e9, wall[1] / 1e9, cpu[0] / 1e9, cpu[1] / 1e9);
    }
}
