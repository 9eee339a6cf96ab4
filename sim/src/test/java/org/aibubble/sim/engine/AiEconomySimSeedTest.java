package org.aibubble.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;

/** Reseeding through MASON's setSeed (the Console's seed field) gives the run of the config with that seed. */
class AiEconomySimSeedTest {
    private static final int MONTHS = 4;

    @Test
    void setSeedBeforeStartRunsExactlyTheConfigWithThatSeed() {
        ModelConfig base = TestConfigs.baseline(42, 12, 1000);
        AiEconomySim reseeded = new AiEconomySim(base);
        reseeded.setSeed(base.run().seed() + 1);
        assertEquals(base.run().seed() + 1, reseeded.config().run().seed());
        List<double[]> viaSetSeed = rows(reseeded);
        List<double[]> viaConfig = rows(new AiEconomySim(withSeed(base, base.run().seed() + 1)));
        for (int month = 0; month < MONTHS; month++) {
            assertArrayEquals(viaConfig.get(month), viaSetSeed.get(month), "month " + month);
        }
        List<double[]> original = rows(new AiEconomySim(base));
        assertFalse(Arrays.equals(original.get(MONTHS - 1), viaSetSeed.get(MONTHS - 1)), "a new seed is a new run");
    }

    @Test
    void aNegativeSeedIsTakenAsItsThirtyTwoBitsUnsigned() {
        AiEconomySim sim = new AiEconomySim(TestConfigs.baseline(42, 12, 1000));
        sim.setSeed(-1);
        assertEquals(0xffffffffL, sim.config().run().seed());
        assertTrue(sim.config().run().seed() >= 0);
    }

    private static List<double[]> rows(AiEconomySim sim) {
        sim.start();
        List<double[]> rows = new ArrayList<>();
        for (int month = 0; month < MONTHS; month++) {
            sim.stepMonth();
            rows.add(sim.economy().lastRow());
        }
        sim.finish();
        return rows;
    }

    private static ModelConfig withSeed(ModelConfig c, long seed) {
        RunSettings run = c.run();
        return c.withRun(new RunSettings(seed, run.months(), run.start(), run.households()));
    }
}
