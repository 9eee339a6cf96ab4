package org.aibubble.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.households.HouseholdSector;
import org.aibubble.agents.households.HouseholdView;
import org.aibubble.agents.parallel.SliceLayout;
import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

/** The household slices run on any number of threads and the run stays byte-identical. */
class ThreadCountDeterminismTest {
    /** Enough households for four slices, so two or three threads really share the work. */
    private static final int HOUSEHOLDS = 3 * SliceLayout.DEFAULT_SLICE_SIZE + 1234;

    @Test
    void oneTwoAndThreeThreadsGiveTheSameSeriesBitForBit() {
        RunResult one = run(1);
        RunResult two = run(2);
        RunResult three = run(3);
        assertEquals(RunStatus.COMPLETE, one.status(), one.error());
        assertArrayEquals(one.rows(), two.rows());
        assertArrayEquals(one.rows(), three.rows());
    }

    @Test
    void everyHouseholdEndsInTheSameStateWhateverTheThreadCount() {
        AiEconomySim serial = stepped(1);
        AiEconomySim parallel = stepped(2);
        HouseholdSector a = serial.economy().world().households();
        HouseholdSector b = parallel.economy().world().households();
        assertEquals(2, b.threads());
        for (int i = 0; i < a.size(); i += 997) {
            HouseholdView x = a.view(i);
            HouseholdView y = b.view(i);
            assertEquals(x, y, "household " + i);
        }
        assertTrue(a.passes() == 6 && a.passNanos() > 0, "the sector times its own passes");
        serial.finish();
        parallel.finish();
    }

    private static RunResult run(int threads) {
        return SingleRun.prepare(TestConfigs.baseline(5, 12, HOUSEHOLDS), threads).run(ProgressListener.NONE);
    }

    private static AiEconomySim stepped(int threads) {
        AiEconomySim sim = new AiEconomySim(TestConfigs.baseline(9, 6, HOUSEHOLDS), threads);
        sim.start();
        for (int m = 0; m < 6; m++) {
            sim.stepMonth();
        }
        return sim;
    }
}
