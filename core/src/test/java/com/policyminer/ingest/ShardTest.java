package com.policyminer.ingest;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {

    @Test
    void parsesOneBasedShares() {
        assertEquals(new Shard(1, 2), Shard.parse("1/2"));
        assertEquals(new Shard(2, 2), Shard.parse(" 2/2 "));
        assertTrue(Shard.parse("1/1").isAll());
        assertEquals("3/4", Shard.parse("3/4").toString());
    }

    @Test
    void refusesWhatIsNotAShare() {
        for (String bad : new String[] {"0/2", "3/2", "a/b", "1/0", "0/0", "2", "/2", "1/", "1/2/3", "-1/2", "1.5/2", "", null,
                "99999999999/2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/2")).getMessage().contains("from 1 to 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("a/b")).getMessage().contains("'a/b'"));
    }

    @Test
    void everyIdFallsInExactlyOneShareOfN() {
        Random random = new Random(22);
        for (int n = 1; n <= 7; n++) {
            int[] taken = new int[n];
            for (int k = 0; k < 2000; k++) {
                String id = String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
                String path = "reports/" + k + ".pdf";
                int owners = 0;
                int pathOwners = 0;
                for (int i = 1; i <= n; i++) {
                    Shard s = new Shard(i, n);
                    if (s.ownsContent(id)) {
                        owners++;
                        taken[i - 1]++;
                    }
                    pathOwners += s.ownsPath(path) ? 1 : 0;
                    assertEquals(s.ownsContent(id), s.ownsContent(id), "the same answer every time");
                }
                assertEquals(1, owners, id + " in " + n);
                assertEquals(1, pathOwners, path + " in " + n);
            }
            for (int t : taken) {
                assertTrue(t > 2000 / n / 2, "shares are about even: " + java.util.Arrays.toString(taken));
            }
        }
    }

    @Test
    void anIdWhoseTopBitIsSetIsSharedLikeAnyOther() {
        String id = "f".repeat(64);
        assertEquals(1, (new Shard(1, 3).ownsContent(id) ? 1 : 0) + (new Shard(2, 3).ownsContent(id) ? 1 : 0)
                + (new Shard(3, 3).ownsContent(id) ? 1 : 0));
    }
}
