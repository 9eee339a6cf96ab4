package org.aibubble.sim.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The moment functions on series whose answers are known by hand. */
class MomentsTest {
    private static final double EPS = 1e-12;

    @Test
    void quartersSumAndAverageWholeQuartersOnly() {
        double[] monthly = {1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(new double[] {6, 15}, Moments.quarterlySums(monthly), EPS);
        assertArrayEquals(new double[] {2, 5}, Moments.quarterlyMeans(monthly), EPS);
    }

    @Test
    void logChangesAndDifferences() {
        assertArrayEquals(new double[] {Math.log(2), Math.log(1.5)}, Moments.logChanges(new double[] {1, 2, 3}), EPS);
        assertTrue(Double.isNaN(Moments.logChanges(new double[] {1, 0})[0]));
        assertArrayEquals(new double[] {1, -3}, Moments.differences(new double[] {2, 3, 0}), EPS);
    }

    @Test
    void sdRatioOfAScaledSeriesIsTheScale() {
        double[] x = {0.01, -0.02, 0.03, 0.005, -0.01};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2.5 * x[i] + 0.1;
        }
        assertEquals(2.5, Moments.sdRatio(List.of(y), List.of(x)), EPS);
        assertEquals(6.25, Moments.varianceShare(List.of(y), List.of(x)), EPS);
        // sample sd of {1,2,3,4}: sqrt(5/3)
        assertEquals(Math.sqrt(5.0 / 3), Moments.sd(List.of(new double[] {1, 2}, new double[] {3, 4})), EPS);
    }

    @Test
    void theSplitRegressionRecoversHowMuchMoreLossesWeighWhenIncomeMovesWithWealth() {
        java.util.Random r = new java.util.Random(3);
        int n = 400;
        double[] y = new double[n];
        double[] income = new double[n];
        double[] gains = new double[n];
        double[] losses = new double[n];
        for (int i = 0; i < n; i++) {
            double dw = r.nextGaussian();
            gains[i] = Math.max(0, dw);
            losses[i] = Math.min(0, dw);
            // income rises with gains of wealth and barely falls with losses (as in a boom and a cushioned bust)
            income[i] = 0.5 * gains[i] + 0.05 * losses[i] + 0.3 * r.nextGaussian();
            y[i] = 0.2 + 0.6 * income[i] + 0.04 * gains[i] + 1.5 * 0.04 * losses[i] + 0.001 * r.nextGaussian();
        }
        assertEquals(1.5, Moments.lossGainRatio(List.of(y), List.of(income), List.of(gains), List.of(losses)),
                0.01);
        double[] noControl = new double[n];
        for (int i = 0; i < n; i++) {
            noControl[i] = r.nextGaussian();
        }
        assertTrue(Moments.lossGainRatio(List.of(y), List.of(noControl), List.of(gains), List.of(losses)) < 0.5,
                "with an unrelated control the gains take the income's effect: the income control matters here");
        assertTrue(Double.isNaN(Moments.lossGainRatio(List.of(y), List.of(income), List.of(gains),
                List.of(new double[n]))), "no losses: undefined");
    }

    @Test
    void correlationAndSlopeOfALinearRelation() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {7, 4, 1, -2, -5};
        assertEquals(-1, Moments.correlation(List.of(x), List.of(y)), EPS);
        assertEquals(-3, Moments.slope(List.of(x), List.of(y)), EPS);
        assertTrue(Double.isNaN(Moments.correlation(List.of(x), List.of(new double[] {1, 1, 1, 1, 1}))));
    }

    @Test
    void excessKurtosisIsTheBiasCorrectedSampleEstimator() {
        // pandas.Series(range(1, 11)).kurt() == -1.2 exactly
        double[] flat = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(-1.2, Moments.excessKurtosis(List.of(flat)), 1e-12);
        // one outlier among zeros: pandas.Series([0]*9 + [1]).kurt() == 10
        double[] spike = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        assertEquals(10, Moments.excessKurtosis(List.of(spike)), 1e-9);
    }

    @Test
    void autocorrelationOfKnownSeries() {
        double[] alternating = {1, -1, 1, -1, 1, -1, 1, -1};
        // mean 0, sum of squares 8, lag-1 products -7: -7/8
        assertEquals(-7.0 / 8, Moments.autocorrelation(List.of(alternating), 1), EPS);
        assertEquals(6.0 / 8, Moments.autocorrelation(List.of(alternating), 2), EPS);
        assertEquals((-7.0 / 8 + 6.0 / 8) / 2, Moments.meanAutocorrelation(List.of(alternating), 2), EPS);
    }

    @Test
    void pooledAutocorrelationTakesNoProductAcrossTheSeamOfTwoRuns() {
        double[] a = {1, 1, -1, -1};
        double[] b = {-1, -1, 1, 1};
        // pooled mean 0, squares 8; within-run lag-1 products: a: 1 - 1 + 1 = 1, b: 1 - 1 + 1 = 1 -> 2/8.
        // Concatenated, the seam (-1, -1) would add 1 more.
        assertEquals(2.0 / 8, Moments.autocorrelation(List.of(a, b), 1), EPS);
        assertEquals(3.0 / 8, Moments.autocorrelation(List.of(Moments.concatenate(List.of(a, b))), 1), EPS);
    }
}
