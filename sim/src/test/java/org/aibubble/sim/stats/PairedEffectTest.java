package org.aibubble.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Paired differences and their bootstrap interval on hand-made pairs. */
class PairedEffectTest {
    @Test
    void mediansAndDifferencesOfHandMadePairs() {
        PairedEffect e = PairedEffect.of(new double[] {10, 20, 30, 40}, new double[] {11, 22, 33, 44});
        assertEquals(4, e.pairs());
        assertEquals(25, e.referenceMedian(), 1e-12);
        assertEquals(27.5, e.otherMedian(), 1e-12);
        assertEquals(2.5, e.medianDifference(), 1e-12, "differences 1, 2, 3, 4");
        assertEquals(2.5, e.meanDifference(), 1e-12);
        assertTrue(1 < e.low() && e.low() < 2.5 && 2.5 < e.high() && e.high() < 4, e.toString());
    }

    @Test
    void theIntervalIsThe5thTo95thPercentileOfMeansOfPairsResampledFromTheDocumentedGenerator() {
        double[] d = {1, 2, 3, 4};
        Well19937c random = new Well19937c(PairedEffect.SEED);
        double[] means = new double[PairedEffect.RESAMPLES];
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                sum += d[random.nextInt(d.length)];
            }
            means[r] = sum / d.length;
        }
        PairedEffect e = PairedEffect.of(new double[4], d);
        assertEquals(Statistics.quantile(means, 5), e.low(), 0);
        assertEquals(Statistics.quantile(means, 95), e.high(), 0);
        assertEquals(e, PairedEffect.of(new double[4], d), "the same pairs give the same interval every time");
    }

    @Test
    void pairingRemovesTheSpreadTheTwoSidesShare() {
        double[] reference = {10, 80, 30, 55, 20, 95};
        double[] other = new double[reference.length];
        for (int i = 0; i < other.length; i++) {
            other[i] = reference[i] + 1;
        }
        PairedEffect e = PairedEffect.of(reference, other);
        assertEquals(1, e.low(), 1e-12, "every pair differs by 1, so every resample's mean difference is 1");
        assertEquals(1, e.high(), 1e-12);
        assertEquals(1, e.medianDifference(), 1e-12);
        PairedEffect same = PairedEffect.of(reference, reference.clone());
        assertEquals(0, same.low());
        assertEquals(0, same.high());
        assertTrue(same.intervalContains(0));
        assertTrue(!e.intervalContains(0));
    }

    @Test
    void theIntervalShrinksLikeTheStandardError() {
        double[] reference = new double[400];
        double[] other = new double[400];
        for (int i = 0; i < other.length; i++) {
            other[i] = (i * 37 % 101) / 10.0;
        }
        PairedEffect e = PairedEffect.of(reference, other);
        double se = Math.sqrt(Statistics.populationVariance(other) / other.length);
        double width = e.high() - e.low();
        assertEquals(2 * 1.645 * se, width, 0.1 * width, "a 90% interval is about mean +- 1.645 standard errors");
        assertTrue(e.intervalContains(e.meanDifference()));
    }

    @Test
    void onlyPairsWithBothValuesDefinedCount() {
        PairedEffect e = PairedEffect.of(new double[] {1, Double.NaN, 3, 5}, new double[] {2, 5, Double.NaN, 8});
        assertEquals(2, e.pairs());
        assertEquals(3, e.referenceMedian(), 1e-12, "over the pairs 1-2 and 5-8");
        assertEquals(2, e.meanDifference(), 1e-12);
        PairedEffect none = PairedEffect.of(new double[] {Double.NaN}, new double[] {1});
        assertEquals(0, none.pairs());
        assertTrue(Double.isNaN(none.meanDifference()) && Double.isNaN(none.low()) && Double.isNaN(none.high()));
        assertThrows(IllegalArgumentException.class, () -> PairedEffect.of(new double[1], new double[2]));
    }
}
