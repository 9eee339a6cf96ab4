package org.aibubble.agents.labs.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarketShareTest {
    private static final double[] QUALITY = {1, 1, 2};
    private static final boolean[] ALL = {true, true, true};

    @Test
    void equalTrainingSharesByBaseQuality() {
        double[] training = {5, 5, 5};
        assertEquals(0.25, MarketShare.of(QUALITY, training, ALL, 0.3, 0), 1e-12);
        assertEquals(0.5, MarketShare.of(QUALITY, training, ALL, 0.3, 2), 1e-12);
    }

    @Test
    void moreTrainingComputeBuysShareWithTheElasticity() {
        double[] training = {10, 5, 5};
        double average = 20 / 3.0;
        double q0 = Math.pow(10 / average, 0.3);
        double q1 = Math.pow(5 / average, 0.3);
        double q2 = 2 * q1;
        assertEquals(q0 / (q0 + q1 + q2), MarketShare.of(QUALITY, training, ALL, 0.3, 0), 1e-12);
        assertTrue(MarketShare.of(QUALITY, training, ALL, 0.3, 0) > MarketShare.of(QUALITY, training, ALL, 0.3, 1));
        assertEquals(0.25, MarketShare.of(QUALITY, training, ALL, 0, 0), 1e-12, "no elasticity: base quality only");
    }

    @Test
    void aFailedLabHasNoShareAndLeavesTheAverage() {
        double[] training = {5, 5, 5};
        boolean[] live = {true, false, true};
        assertEquals(0, MarketShare.of(QUALITY, training, live, 0.3, 1), 0);
        assertEquals(1 / 3.0, MarketShare.of(QUALITY, training, live, 0.3, 0), 1e-12);
    }
}
