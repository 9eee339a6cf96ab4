package org.aibubble.agents.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Book depreciation over the book life, obsolescence at the economic life, and the gap as write-downs. */
class GpuFleetTest {
    private static final double EPS = 1e-12;

    @Test
    void bookDepreciationIsStraightLineOverTheBookLife() {
        GpuFleet fleet = new GpuFleet(60, 60);
        fleet.add(120, 10, 0, 120);
        for (int m = 1; m <= 60; m++) {
            double[] month = fleet.age();
            assertEquals(2.0, month[0], EPS, "month " + m + ": cost / book life");
            assertEquals(0.0, month[1], EPS, "no write-down while book life = economic life");
            assertEquals(120 - 2.0 * m, fleet.bookValue(), 1e-9);
        }
        double[] after = fleet.age();
        assertEquals(0.0, after[0], EPS, "nothing left to depreciate after the book life");
    }

    @Test
    void aVintageStopsProducingAndIsWrittenDownAtItsEconomicLife() {
        GpuFleet fleet = new GpuFleet(72, 36);
        fleet.add(72, 10, 0, 72);
        for (int m = 1; m < 36; m++) {
            double[] month = fleet.age();
            assertEquals(0.0, month[1], EPS, "month " + m);
            assertEquals(10.0, fleet.capacity(), EPS, "month " + m + ": still producing");
        }
        double[] last = fleet.age();
        assertEquals(1.0, last[0], EPS);
        assertEquals(72 - 36.0, last[1], 1e-9, "the book value left at the economic life is written down");
        assertEquals(0.0, fleet.capacity(), EPS, "no compute past the economic life");
        assertEquals(0.0, fleet.bookValue(), EPS);
    }

    @Test
    void aShorterEconomicLifeGivesLargerWriteDowns() {
        double three = totalWriteDowns(36);
        double five = totalWriteDowns(60);
        double six = totalWriteDowns(72);
        assertTrue(three > five && five > six, "write-downs " + three + " > " + five + " > " + six);
        assertEquals(0.0, six, EPS, "no write-down when the economic life equals the book life");
        assertEquals(100 * 36.0 / 72, three, 1e-9);
    }

    @Test
    void shorteningTheEconomicLifeWritesDownVintagesAlreadyPastIt() {
        GpuFleet fleet = new GpuFleet(72, 72);
        fleet.add(72, 5, 40, 32);
        fleet.add(72, 7, 10, 62);
        assertEquals(12.0, fleet.capacity(), EPS);
        fleet.setEconomicLife(36);
        assertEquals(7.0, fleet.capacity(), EPS, "the 40-month vintage is past the new life");
        double[] month = fleet.age();
        assertEquals(31.0, month[1], 1e-9, "its book value after this month's depreciation is written down");
        assertEquals(7.0, fleet.capacity(), EPS);
    }

    private static double totalWriteDowns(int economicLifeMonths) {
        GpuFleet fleet = new GpuFleet(72, economicLifeMonths);
        fleet.add(100, 10, 0, 100);
        double total = 0;
        double depreciation = 0;
        for (int m = 0; m < 80; m++) {
            double[] month = fleet.age();
            depreciation += month[0];
            total += month[1];
        }
        assertEquals(100.0, depreciation + total, 1e-9, "the whole cost is expensed, one way or the other");
        return total;
    }
}
