package com.policyminer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a search costs without an index: one pass of {@code grep -r -F -l} over the corpus folder per
 * query, given all the query's words and phrases (so at most one pass, whatever the operators),
 * in the C locale (byte matching, grep's fastest mode). Without grep, an in-JVM scan does the
 * same with {@code indexOf} over the files read from disk each time.
 */
final class ScanBaseline {

    record Result(String tool, int queries, Latencies perQueryMedian) {
    }

    private final Path corpus;
    private final List<Path> files;
    private final int rounds;

    /** {@code corpus} holds exactly {@code files} (grep reads the folder, the fallback the list). */
    ScanBaseline(Path corpus, List<Path> files, int rounds) {
        this.corpus = corpus;
        this.files = files;
        this.rounds = rounds;
    }

    Result run(List<String> queries) throws IOException {
        boolean grep = grepWorks();
        long[] medians = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            List<String> words = BenchQueries.literals(queries.get(i));
            long[] t = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                if (grep) {
                    grep(words);
                } else {
                    scan(words);
                }
                t[r] = System.nanoTime() - t0;
            }
            medians[i] = (long) (Latencies.ofNanos(t).p50Ms() * 1e6);
        }
        return new Result(grep ? "grep -r -F -l" : "in-JVM indexOf", queries.size(), Latencies.ofNanos(medians));
    }

    private static boolean grepWorks() {
        try {
            Process p = new ProcessBuilder("grep", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int grep(List<String> words) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("grep", "-r", "-F", "-l"));
        for (String w : words) {
            cmd.add("-e");
            cmd.add(w);
        }
        cmd.add("--");
        cmd.add(corpus.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        int matches = (int) new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().count();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("grep did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return matches;
    }

    private int scan(List<String> words) throws IOException {
        int matches = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (words.stream().anyMatch(text::contains)) {
                matches++;
            }
        }
        return matches;
    }
}
