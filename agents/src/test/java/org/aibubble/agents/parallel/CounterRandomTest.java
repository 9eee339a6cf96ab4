package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterRandomTest {

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
