package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CounterRandomTest {
    /** The households' monthly decisions: job, review, choice (HouseholdSector's streams). */
    private static final int[] DECISIONS = {1, 2, 3};

    @Test
    void thresholdTurnsAChanceIntoAnExactIntegerComparison() {
        assertEquals(0, CounterRandom.threshold(0));
        assertEquals(0, CounterRandom.threshold(-0.5));
        assertEquals(0, CounterRandom.threshold(Double.NaN));
        assertEquals(1L << 53, CounterRandom.threshold(1));
        assertEquals(1L << 53, CounterRandom.threshold(3));
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 10_000; k++) {
            double p = random.nextDouble();
            long below = CounterRandom.threshold(p);
            for (long draw : new long[] {below - 1, below, below + 1}) {
                assertEquals(draw * 0x1.0p-53 < p, draw < below, "p " + p + " draw " + draw);
            }
        }
    }

    @Test
    void draw53IsTheTop53BitsOfTheDrawAndGivesTheUniform() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 1_000; k++) {
            long key = random.nextLong();
            long i = random.nextInt(200_000_000);
            long draw = CounterRandom.draw53(key, i);
            assertEquals(CounterRandom.bits(key, i) >>> 11, draw);
            assertTrue(draw >= 0 && draw < 1L << 53);
            assertEquals(draw * 0x1.0p-53, CounterRandom.uniform(key, i));
        }
    }

    /**
     * The flaw of a shifted Kronecker sequence reused month after month: the households picked one month (draw
     * under p) all land in one interval of width p the next, so the next month picks all of them or none. With
     * keyed draws the households picked in both months number about N p q, whatever the months, decisions or
     * index range; a shifted sequence gives 0 or about N p.
     */
    @Test
    void householdsPickedOneMonthAreNoLikelierToBePickedTogetherTheNext() {
        SplittableRandom random = new SplittableRandom(46);
        int n = 200_000;
        for (int trial = 0; trial < 40; trial++) {
            long seed = random.nextLong();
            int month = random.nextInt(120);
            int first = DECISIONS[random.nextInt(3)];
            int second = DECISIONS[random.nextInt(3)];
            int from = random.nextInt(100_000_000);
            double p = 0.01 + 0.1 * random.nextDouble();
            double q = 0.05 + 0.9 * random.nextDouble();
            long keyA = CounterRandom.key(seed, first, month);
            long keyB = CounterRandom.key(seed, second, month + 1);
            long belowA = CounterRandom.threshold(p);
            long belowB = CounterRandom.threshold(q);
            int picked = 0;
            int both = 0;
            for (int i = from; i < from + n; i++) {
                if (CounterRandom.draw53(keyA, i) < belowA) {
                    picked++;
                    both += CounterRandom.draw53(keyB, i) < belowB ? 1 : 0;
                }
            }
            double expected = picked * q;
            double sd = Math.sqrt(picked * q * (1 - q));
            assertEquals(n * p, picked, 5 * Math.sqrt(n * p * (1 - p)), "trial " + trial + ": picked in month 1");
            assertEquals(expected, both, 5 * sd, "trial " + trial + ": of " + picked + " picked, picked again");
        }
    }

    @Test
    void theSameDecisionInTheSameMonthDrawsTheSameForAHousehold() {
        long key = CounterRandom.key(46, 1, 17);
        assertEquals(CounterRandom.draw53(key, 12_345), CounterRandom.draw53(CounterRandom.key(46, 1, 17), 12_345));
        assertNotEquals(CounterRandom.draw53(key, 12_345), CounterRandom.draw53(CounterRandom.key(46, 2, 17), 12_345));
        assertNotEquals(CounterRandom.draw53(key, 12_345), CounterRandom.draw53(CounterRandom.key(46, 1, 18), 12_345));
    }

    @Test
    void aDrawIsAPureFunctionOfKeyAndCounter() {
        long key = CounterRandom.key(7, 3, 12);
        assertEquals(CounterRandom.uniform(key, 99), CounterRandom.uniform(CounterRandom.key(7, 3, 12), 99));
    }

    @Test
    void seedStreamAndMonthEachGiveDifferentKeys() {
        long key = CounterRandom.key(7, 3, 12);
        assertNotEquals(key, CounterRandom.key(8, 3, 12));
        assertNotEquals(key, CounterRandom.key(7, 4, 12));
        assertNotEquals(key, CounterRandom.key(7, 3, 13));
    }

    @Test
    void uniformsHaveTheMomentsOfU01() {
        long key = CounterRandom.key(1, 0, 0);
        int n = 1_000_000;
        double sum = 0;
        double sumSq = 0;
        float fsum = 0;
        for (int i = 0; i < n; i++) {
            double u = CounterRandom.uniform(key, i);
            assertTrue(u >= 0 && u < 1);
            sum += u;
            sumSq += u * u;
            fsum += CounterRandom.uniformFloat(key, i) / n;
        }
        assertEquals(0.5, sum / n, 0.002);
        assertEquals(1.0 / 12, sumSq / n - (sum / n) * (sum / n), 0.001);
        assertEquals(0.5, fsum, 0.002);
    }

    @Test
    void neighbouringCountersAreUncorrelated() {
        long key = CounterRandom.key(5, 1, 0);
        int n = 1_000_000;
        double cross = 0;
        for (int i = 0; i < n; i++) {
            cross += (CounterRandom.uniform(key, i) - 0.5) * (CounterRandom.uniform(key, i + 1) - 0.5);
        }
        assertEquals(0.0, cross / n * 12, 0.01, "lag-1 correlation");
    }

    @Test
    void gaussiansHaveZeroMeanAndUnitVariance() {
        long key = CounterRandom.key(9, 2, 0);
        int n = 1_000_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double z = CounterRandom.gaussian(key, i);
            sum += z;
            sumSq += z * z;
        }
        assertEquals(0.0, sum / n, 0.005);
        assertEquals(1.0, sumSq / n, 0.005);
    }
}
