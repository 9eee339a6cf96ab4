package org.aibubble.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void theMedianLeavesOutWhatIsNotFiniteAndAveragesTheMiddleTwo() {
        assertEquals(2.0, Statistics.median(new double[] {3, Double.NaN, 1, 2}));
        assertEquals(2.5, Statistics.median(new double[] {4, 1, 3, 2, Double.POSITIVE_INFINITY}));
        assertTrue(Double.isNaN(Statistics.median(new double[] {Double.NaN})));
    }

    @Test
    void quantilesAreTypeSevenAsInAggregateCsv() {
        double[] v = {1, 2, 3, 4};
        assertEquals(1.15, Statistics.quantile(v, 5), 1e-12, "R: quantile(1:4, 0.05) = 1.15");
        assertEquals(3.85, Statistics.quantile(v, 95), 1e-12);
        Distribution d = Distribution.of(java.util.List.of(4.0, 1.0, 3.0, 2.0));
        assertEquals(d.p50(), Statistics.median(v));
        assertEquals(d.p5(), Statistics.quantile(v, 5));
    }

    @Test
    void meanAndPopulationVariance() {
        assertEquals(2.5, Statistics.mean(new double[] {1, 2, 3, 4}));
        assertEquals(1.25, Statistics.populationVariance(new double[] {1, 2, 3, 4}), 1e-15);
    }

    @Test
    void argMaxAndArgMinTakeTheEarliestOfEqualValuesWithinTheRange() {
        double[] x = {5, 1, 9, 9, 1, 0};
        assertEquals(2, Statistics.argMax(x, 0, 5));
        assertEquals(1, Statistics.argMin(x, 0, 4));
        assertEquals(4, Statistics.argMin(x, 2, 4));
        assertEquals(3, Statistics.argMax(x, 3, 5));
    }
}
