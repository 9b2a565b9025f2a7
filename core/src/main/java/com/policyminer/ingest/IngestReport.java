package com.policyminer.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counters of an ingest run. {@code seen} counts files found in the corpus; every one of them
 * has exactly one outcome, so the outcome counts other than REMOVED add up to {@code seen}.
 * {@code warnings} counts the files that carry a warning (a suspected loss of text) beside their
 * outcome: it is not an outcome and adds to no count. {@code timings}: where the run's time went (null when
 * it was not timed).
 */
public record IngestReport(int seen, Map<IngestOutcome, Integer> counts, List<FileResult> files,
                           long millis, long textChars, int warnings, String shard, int otherShares,
                           IngestTimings timings) {

    public static IngestReport of(List<FileResult> results, long millis, long textChars) {
        return of(results, millis, textChars, Shard.ALL, 0, null);
    }

    public static IngestReport of(List<FileResult> results, long millis, long textChars, IngestTimings timings) {
        return of(results, millis, textChars, Shard.ALL, 0, timings);
    }

    /**
     * The report of one share ({@code ingest --shard i/n}): {@code seen} and the outcomes count the files of this
     * share; {@code otherShares} the corpus entries left to the other shares' processes.
     */
    public static IngestReport of(List<FileResult> results, long millis, long textChars, Shard shard, int otherShares,
                                  IngestTimings timings) {
        Map<IngestOutcome, Integer> counts = new EnumMap<>(IngestOutcome.class);
        int seen = 0;
        int warnings = 0;
        for (FileResult r : results) {
            warnings += r.hasWarning() ? 1 : 0;
            counts.merge(r.outcome(), 1, Integer::sum);
            if (r.outcome() != IngestOutcome.REMOVED) {
                seen++;
            }
        }
        List<FileResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(FileResult::path));
        return new IngestReport(seen, counts, List.copyOf(sorted), millis, textChars, warnings, shard.toString(), otherShares,
                timings);
    }

    public int count(IngestOutcome o) {
        return counts.getOrDefault(o, 0);
    }

    public int failed() {
        return counts.entrySet().stream().filter(e -> e.getKey().failed()).mapToInt(Map.Entry::getValue).sum();
    }

    public List<FileResult> failures() {
        return files.stream().filter(f -> f.outcome().failed() || f.outcome() == IngestOutcome.SKIPPED_EMPTY
                || f.outcome() == IngestOutcome.SKIPPED_SYMLINK || f.outcome() == IngestOutcome.SKIPPED_SPECIAL).toList();
    }

    /** The files that carry a warning, whatever their outcome. */
    public List<FileResult> warned() {
        return files.stream().filter(FileResult::hasWarning).toList();
    }

    /**
     * One line: "added 3, updated 0, unchanged 2, removed 0, skipped 0, failed 1, warnings 1 (of 6 files, 1.2 s)";
     * for a share of the corpus, followed by "; shard 1/2: took 6 files, left 5 to the other shards".
     */
    public String summary() {
        String whole = String.format("added %d, updated %d, unchanged %d, removed %d, skipped %d, failed %d, warnings %d (of %d files, %.1f s)",
                count(IngestOutcome.INDEXED), count(IngestOutcome.UPDATED), count(IngestOutcome.UNCHANGED),
                count(IngestOutcome.REMOVED), count(IngestOutcome.SKIPPED_DUPLICATE) + count(IngestOutcome.SKIPPED_EMPTY)
                        + count(IngestOutcome.SKIPPED_SYMLINK) + count(IngestOutcome.SKIPPED_SPECIAL),
                failed(), warnings, seen, millis / 1000.0);
        if (Shard.ALL.toString().equals(shard)) {
            return whole;
        }
        return whole + String.format("; shard %s: took %d files, left %d to the other shards", shard, seen, otherShares);
    }
}
