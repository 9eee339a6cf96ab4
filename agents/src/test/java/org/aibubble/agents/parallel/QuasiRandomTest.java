package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuasiRandomTest {
    private static final long[] DIMENSIONS = {QuasiRandom.WAGE, QuasiRandom.JOB, QuasiRandom.CHOICE};

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
                long below = CounterRandom.threshold(p);
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

    /**
     * Why the sequence is used only for the starting population: reused with a fresh offset, the agents under a
     * threshold one month all fall in one interval of width p the next, so a second threshold takes all of them
     * or none ({@code CounterRandomTest} shows the keyed draws of the months do not).
     */
    @Test
    void reusedMonthAfterMonthTheSequencePicksTheSameAgentsTogether() {
        int n = 100_000;
        double p = 0.05;
        int allOrNone = 0;
        for (int month = 1; month <= 20; month++) {
            long before = QuasiRandom.offset(46, 1, month - 1);
            long after = QuasiRandom.offset(46, 1, month);
            int picked = 0;
            int again = 0;
            for (int i = 0; i < n; i++) {
                if (QuasiRandom.uniform(before, QuasiRandom.JOB, i) < p) {
                    picked++;
                    again += QuasiRandom.uniform(after, QuasiRandom.JOB, i) < 0.5 ? 1 : 0;
                }
            }
            allOrNone += again < 0.05 * picked || again > 0.95 * picked ? 1 : 0;
        }
        assertTrue(allOrNone >= 16, allOrNone + " of 20 months took nearly all or nearly none of the last month's picks");
    }

    @Test
    void openDrawsStayStrictlyInsideTheUnitInterval() {
        assertEquals(0x1.0p-53, QuasiRandom.open(0, QuasiRandom.WAGE, 0));
        assertEquals(1 - 0x1.0p-53, QuasiRandom.open(-1, 1, 0));
    }
}
