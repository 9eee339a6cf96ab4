package org.aibubble.sim.sweep.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeedSchemeTest {
    @Test
    void independentSeedsAreDistinctNonNegativeAndStable() {
        Set<Long> seen = new HashSet<>();
        for (int point = 0; point < 200; point++) {
            for (int replicate = 0; replicate < 5; replicate++) {
                long seed = SeedScheme.INDEPENDENT.seed(42, point, replicate);
                assertTrue(seed >= 0);
                assertTrue(seen.add(seed), "seed repeated at point " + point + " replicate " + replicate);
            }
        }
        assertEquals(SeedScheme.INDEPENDENT.seed(42, 7, 1), SeedScheme.INDEPENDENT.seed(42, 7, 1));
        assertNotEquals(SeedScheme.INDEPENDENT.seed(42, 7, 1), SeedScheme.INDEPENDENT.seed(43, 7, 1));
    }

    @Test
    void commonSeedsDependOnTheReplicateOnly() {
        assertEquals(SeedScheme.COMMON.seed(42, 0, 3), SeedScheme.COMMON.seed(42, 99, 3));
        assertNotEquals(SeedScheme.COMMON.seed(42, 0, 3), SeedScheme.COMMON.seed(42, 0, 4));
    }

    @Test
    void sequentialSeedsCountUpFromTheBase() {
        assertEquals(42, SeedScheme.SEQUENTIAL.seed(42, 0, 0));
        assertEquals(45, SeedScheme.SEQUENTIAL.seed(42, 0, 3));
    }

    @Test
    void shardsSplitRunsWithoutOverlapOrGap() {
        long runs = 23;
        long covered = 0;
        for (int k = 1; k <= 4; k++) {
            Shard shard = new Shard(k, 4);
            long mine = 0;
            for (long id = 0; id < runs; id++) {
                mine += shard.contains(id) ? 1 : 0;
            }
            assertEquals(mine, shard.size(runs));
            covered += mine;
        }
        assertEquals(runs, covered);
    }
}
