package org.aibubble.sim.mechanisms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

/**
 * Same config and seed, same rows; another seed, other rows (so the first check can fail). The household
 * kernel's thread count is checked in {@code engine.ThreadCountDeterminismTest}.
 */
class DeterminismTest {
    @Test
    void theSameConfigAndSeedGiveIdenticalRowsAndAnotherSeedDoesNot() {
        RunResult a = run(3);
        RunResult b = run(3);
        RunResult c = run(4);
        assertEquals(RunStatus.COMPLETE, a.status(), a.error());
        assertArrayEquals(a.rows(), b.rows());
        assertFalse(Arrays.deepEquals(a.rows(), c.rows()), "the seed reaches the results");
    }

    private static RunResult run(long seed) {
        ModelConfig config = MechanismRuns.config(seed).withRun(new RunSettings(seed, 12, "2026-01", 1000));
        return SingleRun.prepare(config).run(ProgressListener.NONE);
    }
}
