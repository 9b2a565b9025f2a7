package com.policyminer.works;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The buckets keep no keys — a slot's key is its first file's — so files come and go (first in a
 * bucket or not, buckets emptied in the middle of a run of full slots, tables grown) and every bucket
 * must still hold exactly its files.
 */
class BandIndexTest {

    private static final int BANDS = 3;

    @Test
    void bucketsHoldTheirFilesWhateverComesAndGoes() {
        Random rnd = new Random(11);
        int files = 2_000;
        long[][] keyOf = new long[files][BANDS];
        for (int h = 0; h < files; h++) {
            for (int b = 0; b < BANDS; b++) {
                // few distinct keys, many sharing their home slot (the bits above the band number): long runs
                long hash = (long) rnd.nextInt(300) << 24 | (long) rnd.nextInt(4) << 50;
                keyOf[h][b] = BandIndex.key(b, hash);
            }
        }
        BandIndex index = new BandIndex(BANDS, (h, b) -> keyOf[h][b]);
        Map<Long, Set<Integer>> model = new HashMap<>();
        List<Integer> in = new ArrayList<>();
        boolean[] present = new boolean[files];
        for (int step = 0; step < 20_000; step++) {
            int h = rnd.nextInt(files);
            for (int b = 0; b < BANDS; b++) {
                Set<Integer> bucket = model.computeIfAbsent(keyOf[h][b], k -> new HashSet<>());
                if (present[h]) {
                    bucket.remove(h);
                    assertEquals(Math.min(bucket.size(), 5), index.remove(h, b, keyOf[h][b], 5));
                } else {
                    bucket.add(h);
                    assertEquals(Math.min(bucket.size(), 5), index.add(h, b, keyOf[h][b], 5));
                }
            }
            present[h] = !present[h];
            if (step % 1_000 == 0) {
                for (Map.Entry<Long, Set<Integer>> e : model.entrySet()) {
                    int band = (int) (e.getKey() & WorkGrouper.INDEX_MASK);
                    Set<Integer> found = new HashSet<>();
                    index.forEach(band, e.getKey(), e.getValue().isEmpty() ? -1 : e.getValue().iterator().next(), found::add);
                    assertEquals(e.getValue(), found, "bucket " + Long.toHexString(e.getKey()) + " at step " + step);
                    assertEquals(Math.min(e.getValue().size(), 1_000), index.size(e.getKey(), -1, 1_000));
                    int[] some = new int[4];
                    int n = index.members(band, e.getKey(), -1, some);
                    assertEquals(Math.min(e.getValue().size(), some.length), n);
                    for (int k = 0; k < n; k++) {
                        assertEquals(true, e.getValue().contains(some[k]));
                    }
                }
            }
        }
    }
}
