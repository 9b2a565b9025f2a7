package com.policyminer.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: the cold section's ratios (stock seconds / ours, per round) and its target rows. */
class ColdTableTest {

    private static FreshProcess.Run run(String what, double seconds) {
        return new FreshProcess.Run(what, seconds, seconds * 1.8, 0, "files=2000 failed=0", Path.of("x.log"), 3.0);
    }

    private static ColdBench.IngestRound round(double stock, double ours, double noExtraction, double plain) {
        return new ColdBench.IngestRound(run("stock", stock), run("ours", ours), run("off", noExtraction), run("plain", plain));
    }

    @Test
    void eachRoundComparesWithTheStockRunOfTheSameRoundAndTheTargetsUseTheSlowestServer() {
        List<ColdBench.IngestRound> rounds = List.of(round(12, 20, 10, 24), round(14, 20, 12, 25), round(13, 13, 13, 26));
        assertEquals(0.6, rounds.get(0).ratio(), 1e-9);
        assertEquals(1.2, rounds.get(0).ratioNoExtraction(), 1e-9);
        assertEquals(0.5, rounds.get(0).ratioPlainJar(), 1e-9);
        assertEquals(0.7, ColdBench.median(rounds, ColdBench.IngestRound::ratio), 1e-9); // of 0.6, 0.7 and 1.0
        assertEquals(1.1667, ColdBench.median(rounds, ColdBench.IngestRound::ratioNoExtraction), 1e-4); // 1.2, 1.17, 1.0
        assertEquals(0.65, ColdBench.median(rounds.subList(0, 2), ColdBench.IngestRound::ratio), 1e-9); // 0.6 and 0.7
        FirstSearches.Result fast = new FirstSearches.Result(new Latencies(300, 10, 40, 12, 60), 0);
        FirstSearches.Result slow = new FirstSearches.Result(new Latencies(300, 30, 90, 35, 120), 0);
        ColdBench.Result r = new ColdBench.Result(2000, 42.2, 2, rounds, 0.7, 1.1667, 0.52,
                List.of(new ColdBench.ServeRun(false, 1.5, slow), new ColdBench.ServeRun(true, 2.5, fast),
                        new ColdBench.ServeRun(true, 3.5, fast)), 300, 4);
        String table = ColdTable.format(r);
        assertTrue(table.contains("| 1 | 12.0 (21.6) | 20.0 | 0.60 | 10.0 (18.0) | 1.20 | 24.0 | 0.50 | 3.0 |"), table);
        assertTrue(table.contains("| ingest, extraction on / stock smartcn (median) | >= 0.8x | 0.70 | **NO** |"), table);
        assertTrue(table.contains("| ingest, extraction off / stock smartcn (median) | >= 1.0x | 1.17 | yes |"), table);
        // the slowest of the servers with their warm-up: 3.5 s (the one without it does not count)
        assertTrue(table.contains("| serve launch → ready, s (slowest run) | <= 3.0 | 3.50 | **NO** |"), table);
        assertTrue(table.contains("| serve first searches p99 at c4, ms (slowest run) | <= 50.0 | 40.00 | yes |"), table);
    }
}
