package org.aibubble.sim.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.parallel.SliceExecutor;
import org.junit.jupiter.api.Test;

class BandwidthProbeTest {

    @Test
    void measuresAPositiveFiniteBandwidthOnOneAndTwoThreads() {
        for (int threads = 1; threads <= 2; threads++) {
            try (SliceExecutor executor = new SliceExecutor(threads)) {
                double rate = new BandwidthProbe(200_000, 2).bytesPerSecond(executor);
                assertTrue(Double.isFinite(rate) && rate > 1e8, "bytes per second: " + rate);
            }
        }
    }

    @Test
    void rejectsAnEmptyProbe() {
        assertThrows(IllegalArgumentException.class, () -> new BandwidthProbe(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BandwidthProbe(10, 0));
    }
}
