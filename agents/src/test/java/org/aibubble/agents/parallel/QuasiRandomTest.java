package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuasiRandomTest {
    private static final long[] DIMENSIONS = {QuasiRandom.WAGE, QuasiRandom.JOB, QuasiRandom.REVIEW, QuasiRandom.CHOICE};

    @Test
    void thresholdTurnsAChanceIntoAnExactIntegerComparison() {
        assertEquals(0, QuasiRandom.threshold(0));
        assertEquals(0, QuasiRandom.threshold(-0.5));
        assertEquals(0, QuasiRandom.threshold(Double.NaN));
        assertEquals(1L << 53, QuasiRandom.threshold(1));
        assertEquals(1L << 53, QuasiRandom.threshold(3));
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 10_000; k++) {
            double p = random.nextDouble();
            long below = QuasiRandom.threshold(p);
            for (long draw : new long[] {below - 1, below, below + 1}) {
                assertEquals(draw * 0x1.0p-53 < p, draw < below, "p " + p + " draw " + draw);
            }
        }
    }

    /** Independent draws would miss N p by about sqrt(N p (1 - p)), some 300 to 500 agents here. */
    @Test
    void anyIndexRangeHasWithinAFewAgentsOfItsExpectedCountUnderAThreshold() {
        SplittableRandom random = new SplittableRandom(11);
        for (long step : DIMENSIONS) {
            for (int trial = 0; trial < 20; trial++) {
                long offset = QuasiRandom.offset(random.nextLong(), 1, trial);
                int from = random.nextInt(50_000_000);
                int n = 1_000_000;
                double p = 0.02 + 0.9 * random.nextDouble();
                long below = QuasiRandom.threshold(p);
                int count = 0;
                for (int i = from; i < from + n; i++) {
                    count += QuasiRandom.draw53(offset, step, i) < below ? 1 : 0;
                }
                assertTrue(Math.abs(count - n * p) < 20, "count " + count + " against " + n * p);
            }
        }
    }

    @Test
    void everyPairOfDimensionsIsSpreadEvenly() {
        int n = 1_000_000;
        for (int a = 0; a < DIMENSIONS.length; a++) {
            for (int b = a + 1; b < DIMENSIONS.length; b++) {
                long offsetA = QuasiRandom.offset(3, a, 0);
                long offsetB = QuasiRandom.offset(3, b, 0);
                int both = 0;
                for (int i = 0; i < n; i++) {
                    boolean inA = QuasiRandom.uniform(offsetA, DIMENSIONS[a], i) < 0.3;
                    boolean inB = QuasiRandom.uniform(offsetB, DIMENSIONS[b], i) < 0.6;
                    both += inA && inB ? 1 : 0;
                }
                assertTrue(Math.abs(both - 0.18 * n) < 100, "dimensions " + a + ", " + b + ": " + both);
            }
        }
    }

    @Test
    void oneAgentsDrawsAreIndependentUniformsFromMonthToMonth() {
        int months = 200_000;
        long agent = 123_456_789;
        double sum = 0;
        double lag = 0;
        double cross = 0;
        double previous = QuasiRandom.uniform(QuasiRandom.offset(8, 1, 0), QuasiRandom.JOB, agent) - 0.5;
        for (int m = 1; m <= months; m++) {
            double u = QuasiRandom.uniform(QuasiRandom.offset(8, 1, m), QuasiRandom.JOB, agent) - 0.5;
            double v = QuasiRandom.uniform(QuasiRandom.offset(8, 2, m), QuasiRandom.REVIEW, agent) - 0.5;
            sum += u;
            lag += u * previous;
            cross += u * v;
            previous = u;
        }
        double tolerance = 5 / Math.sqrt(12.0 * months);
        assertEquals(0, sum / months, tolerance, "mean");
        assertEquals(0, lag / months, tolerance / Math.sqrt(12), "month-to-month correlation");
        assertEquals(0, cross / months, tolerance / Math.sqrt(12), "correlation across dimensions");
    }

    @Test
    void openDrawsStayStrictlyInsideTheUnitInterval() {
        assertEquals(0x1.0p-53, QuasiRandom.open(0, QuasiRandom.WAGE, 0));
        assertEquals(1 - 0x1.0p-53, QuasiRandom.open(-1, 1, 0));
    }
}
